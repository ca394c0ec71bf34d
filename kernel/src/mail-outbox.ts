import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from './jobs/job-queue.js';
import type { Logger } from './logger.js';
import type { MailMessage, MailTransport } from './mail.js';

/** The queue whose jobs deliver one outbox mail each (`{ mailId }`). */
export const MAIL_SEND_QUEUE = 'mail.send';

/** A mail read from the outbox for one delivery attempt. */
export interface OutgoingMail extends MailMessage {
  id: string;
  attempts: number;
}

/** A `mail.send` job's data: the mail's id only, so the job table never holds a body (live links). */
interface MailJob {
  [key: string]: unknown;
  mailId: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * A subgraph's `<schema>.mail_outbox` table: who was mailed what and when, for audit. A mail is
 * inserted, with the `mail.send` job that delivers it, by the transaction that decides to send it,
 * so it goes out if and only if that transaction commits. The table is created by the subgraph's
 * own migration; the job lives in the subgraph's job queue.
 */
export class MailOutbox {
  private readonly table: string;

  constructor(private readonly em: EntityManager, schema: string, private readonly jobs: JobQueue) {
    if (!SCHEMA_NAME.test(schema)) throw new Error(`Not a schema name: ${schema}`);
    this.table = `${schema}.mail_outbox`;
  }

  async enqueue(message: MailMessage, now: Date): Promise<string> {
    const id = randomUUID();
    await this.em.execute(
      `insert into ${this.table} (id, recipient, subject, body, created_at, attempts, next_attempt_at) values (?, ?, ?, ?, ?, 0, ?)`,
      [id, message.to, message.subject, message.text, now, now],
    );
    await this.jobs.enqueue<MailJob>(MAIL_SEND_QUEUE, { mailId: id }, { transaction: this.em, singletonKey: id });
    return id;
  }

  /** Counts an attempt at an undelivered mail and returns it; null once it was delivered or given up. */
  async takeForAttempt(id: string, now: Date): Promise<OutgoingMail | null> {
    const rows = await this.em.execute<{ id: string; recipient: string; subject: string; body: string; attempts: number }[]>(
      `update ${this.table} set attempts = attempts + 1, next_attempt_at = ?
        where id = ? and sent_at is null and body <> ''
        returning id, recipient, subject, body, attempts`,
      [now, id],
    );
    const row = rows[0];
    return row ? { id: row.id, to: row.recipient, subject: row.subject, text: row.body, attempts: Number(row.attempts) } : null;
  }

  /**
   * Records a delivery and blanks the body: it carries live links (reset, verification, invitation
   * tokens), and once the mail is out nobody needs it, least of all someone reading the database.
   */
  async markSent(id: string, now: Date): Promise<void> {
    await this.em.execute(`update ${this.table} set sent_at = ?, last_error = null, body = '' where id = ? and sent_at is null`, [now, id]);
  }

  /** Records a failed attempt; on the last one the body is blanked too, since no attempt will need it. */
  async markFailed(id: string, error: string, giveUp = false): Promise<void> {
    await this.em.execute(`update ${this.table} set last_error = ?, body = case when ? then '' else body end where id = ?`, [error.slice(0, 500), giveUp, id]);
  }

  /** Ids of mail neither delivered nor given up. */
  async listUndelivered(): Promise<string[]> {
    const rows = await this.em.execute<{ id: string }[]>(`select id from ${this.table} where sent_at is null and body <> ''`);
    return rows.map((row) => row.id);
  }

  /** Drops delivered mail older than `before` (its links have expired by then). */
  async purgeSentBefore(before: Date): Promise<void> {
    await this.em.execute(`delete from ${this.table} where sent_at is not null and sent_at < ?`, [before]);
  }
}

/** What a subgraph gives its `MailDispatcher`. */
export interface MailDispatcherOptions {
  /** The subgraph's schema, which holds its `mail_outbox` table. */
  schema: string;
  /** The subgraph's job queue; `mail.send` is defined on it. */
  jobs: JobQueue;
  /** A fresh entity manager for each delivery. */
  fork: () => EntityManager;
  transport: MailTransport;
  logger: Logger;
  /** How long the record of a delivered mail (recipient, subject, times; the body is blanked on delivery) is kept. */
  keepSentMs: number;
}

/** Up to 8 attempts, 5 s apart at first and doubling (with jitter): about ten minutes in all. */
const MAIL_JOB = { retryLimit: 7, retryDelaySeconds: 5, retryBackoff: true, expireInSeconds: 60, concurrency: 4 } as const;
/** Delivered mail past its keep is deleted at most this often, by whichever process delivers mail. */
const PURGE_EVERY_MS = 10 * 60_000;

/**
 * Delivers one subgraph's outbox through the mail transport as `mail.send` jobs on the subgraph's
 * job queue: at once when the request that wrote a mail commits, retried with back-off on failure,
 * by whichever process works the queue (this one under `npm start`, any worker replica on PostgreSQL).
 */
export class MailDispatcher {
  private lastPurge = 0;

  constructor(private readonly options: MailDispatcherOptions) {
    options.jobs.define<MailJob>(MAIL_SEND_QUEUE, (job) => this.deliver(job.data.mailId, job.attempt > job.retryLimit), MAIL_JOB);
  }

  /** The outbox seen through `em` (inside the transaction that decides to send). */
  outbox(em: EntityManager): MailOutbox {
    return new MailOutbox(em, this.options.schema, this.options.jobs);
  }

  /**
   * Gives every undelivered mail a job. Mail written before delivery moved onto the job queue has
   * none; for the rest the job id is derived from the mail id, so this adds nothing.
   */
  async start(): Promise<void> {
    const outbox = this.outbox(this.options.fork());
    const undelivered = await outbox.listUndelivered();
    for (const mailId of undelivered) await this.options.jobs.enqueue<MailJob>(MAIL_SEND_QUEUE, { mailId }, { singletonKey: mailId });
    if (undelivered.length) this.options.logger.info('Undelivered mail queued for delivery (count=%d)', undelivered.length);
  }

  /** Closes the transport; stop the job queue first, so no delivery is still using it. */
  async stop(): Promise<void> {
    await this.options.transport.close();
  }

  private async deliver(mailId: string, lastAttempt: boolean): Promise<void> {
    const { transport, logger } = this.options;
    const outbox = this.outbox(this.options.fork());
    const mail = await outbox.takeForAttempt(mailId, new Date());
    // Delivered by an earlier run whose completion was lost, or given up: nothing left to do.
    if (!mail) return;
    try {
      await transport.send(mail);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await outbox.markFailed(mail.id, message, lastAttempt);
      logger[lastAttempt ? 'error' : 'warn']({ err: message }, 'Mail delivery failed (mailId=%s, attempt=%d, giveUp=%s)', mail.id, mail.attempts, lastAttempt);
      throw error;
    }
    await outbox.markSent(mail.id, new Date());
    logger.info('Mail delivered (mailId=%s, via=%s)', mail.id, transport.description);
    if (Date.now() - this.lastPurge > PURGE_EVERY_MS) {
      this.lastPurge = Date.now();
      await outbox.purgeSentBefore(new Date(Date.now() - this.options.keepSentMs));
    }
  }
}
