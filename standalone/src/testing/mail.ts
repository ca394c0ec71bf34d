import type { SeedTarget, TestStack } from './stack.js';

/** Where a stack's delivered mail can be read: its log lines and its fake SMTP server. */
type MailSource = Pick<SeedTarget, 'logLines' | 'smtp'>;

/** A mail as it was delivered: by the log transport (the captured log) or to the stack's fake SMTP server. */
export interface SentMail {
  to: string;
  subject: string;
  text: string;
  /** When it was delivered. */
  sentAt: Date;
  /** The `token` query parameter of the first link in the mail, if any. */
  token: string | null;
}

/** What a subgraph's outbox still holds about mail to `to`. */
export interface OutboxRow {
  subject: string;
  body: string;
  sent_at: Date | string | null;
}

const tokenOf = (text: string) => /[?&]token=([^\s&]+)/.exec(text)?.[1] ?? null;
const pause = () => new Promise((resolve) => setTimeout(resolve, 25));

/** Every mail any subgraph of the stack delivered so far, oldest first. */
function deliveredMails(stack: MailSource): SentMail[] {
  const mails: SentMail[] = [];
  for (const line of stack.logLines) {
    if (!line.includes('"mail":')) continue;
    const entry = JSON.parse(line) as { time: number; mail?: { to?: string; subject?: string; text?: string } };
    const { to, subject, text } = entry.mail ?? {};
    if (to === undefined || subject === undefined || text === undefined) continue;
    mails.push({ to, subject, text, sentAt: new Date(entry.time), token: tokenOf(text) });
  }
  for (const delivery of stack.smtp?.deliveries ?? []) {
    const { subject, text } = parseSmtpMessage(delivery.data);
    for (const to of delivery.to) mails.push({ to, subject, text, sentAt: delivery.receivedAt, token: tokenOf(text) });
  }
  return mails.sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
}

/** The subject and decoded plain-text body of a raw single-part message as nodemailer writes it. */
function parseSmtpMessage(data: string): { subject: string; text: string } {
  const split = data.indexOf('\r\n\r\n');
  const headers = data.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = data.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:[ \t]*(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')
        : body;
  return { subject: header('Subject'), text: text.replace(/\r\n/g, '\n') };
}

/**
 * Mails delivered to `to`, oldest first, as they left the stack (the outbox keeps no body after
 * delivery, and there is no public API for mail). Waits up to `timeoutMs` for at least `atLeast` of
 * them, since mail is delivered after the request that wrote it answered.
 */
export async function readMails(stack: MailSource, to: string, options: { atLeast?: number; timeoutMs?: number } = {}): Promise<SentMail[]> {
  const atLeast = options.atLeast ?? 1;
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  for (;;) {
    const mails = deliveredMails(stack).filter((mail) => mail.to.toLowerCase() === to.toLowerCase());
    if (mails.length >= atLeast || Date.now() > deadline) return mails;
    await pause();
  }
}

/** The outbox rows of `schema` for `to`, once every one of them is marked delivered (or after `timeoutMs`). */
export async function deliveredOutboxRows(stack: TestStack, schema: 'identity' | 'organizations', to: string, timeoutMs = 5000): Promise<OutboxRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await stack.database.query<OutboxRow>(`select subject, body, sent_at from ${schema}.mail_outbox where recipient = $1 order by created_at, id`, [to.toLowerCase()]);
    if ((rows.length > 0 && rows.every((row) => row.sent_at)) || Date.now() > deadline) return rows;
    await pause();
  }
}

/** The newest mail to `to` whose subject matches, waiting for it to be written. */
export async function latestMail(stack: MailSource, to: string, subject: RegExp, timeoutMs = 5000): Promise<SentMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = (await readMails(stack, to, { atLeast: 0 })).filter((m) => subject.test(m.subject)).at(-1);
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`No mail to ${to} with a subject matching ${subject}`);
    await pause();
  }
}

/**
 * Runs `send`, which mails `to` a message whose subject matches `subject`, and returns that new
 * mail once delivered. Mail goes out after the answer, so the newest matching mail at that moment
 * may still be an earlier one to the same address; this waits for one more than there were before.
 */
export async function mailSentBy(stack: MailSource, to: string, subject: RegExp, send: () => Promise<unknown>, timeoutMs = 5000): Promise<SentMail> {
  const matching = async () => (await readMails(stack, to, { atLeast: 0 })).filter((mail) => subject.test(mail.subject));
  const before = (await matching()).length;
  await send();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await matching();
    if (mails.length > before) return mails.at(-1)!;
    if (Date.now() > deadline) throw new Error(`No new mail to ${to} with a subject matching ${subject}`);
    await pause();
  }
}
