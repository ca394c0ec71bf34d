import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailMessage, MailOutbox } from '@steward/kernel';
import { MailTemplates, linkTo } from '../mail/mail-templates.js';
import { OneTimeTokenRepository, type OneTimeTokenPurpose } from './one-time-token.repository.js';
import { TokenPrefix, hashToken, newSecretToken } from './secret-tokens.js';

/** A kind of mailed single-use link: what its token proves, its prefix, the app page it opens and its mail. */
export interface OneTimeLinkKind {
  purpose: OneTimeTokenPurpose;
  prefix: string;
  page: string;
  mail(to: string, link: string, ttlSeconds: number): MailMessage;
}

/** The links identity mails. */
export const OneTimeLink = {
  passwordReset: {
    purpose: 'password_reset',
    prefix: TokenPrefix.passwordReset,
    page: 'reset-password',
    mail: (to, link, ttlSeconds) => MailTemplates.passwordReset(to, link, Math.round(ttlSeconds / 60)),
  },
  emailVerification: {
    purpose: 'email_verification',
    prefix: TokenPrefix.emailVerification,
    page: 'verify-email',
    mail: (to, link, ttlSeconds) => MailTemplates.emailVerification(to, link, Math.round(ttlSeconds / 3600)),
  },
} satisfies Record<string, OneTimeLinkKind>;

/**
 * Issues a single-use token bound to the user's current address and queues the mail carrying its
 * link, both in `tx`: the token exists exactly when its mail will go out. `outbox` must write in `tx` too
 * (the dispatcher's `outbox(tx)`), so the mail's delivery job commits with them. `now` is the rules'
 * clock: it stamps the token and times its expiry.
 */
export async function mailOneTimeLink(
  tx: EntityManager,
  outbox: MailOutbox,
  kind: OneTimeLinkKind,
  user: { id: string; email: string },
  options: { publicAppUrl: string; ttlSeconds: number; now: Date },
): Promise<void> {
  const { publicAppUrl, ttlSeconds, now } = options;
  const token = newSecretToken(kind.prefix);
  await new OneTimeTokenRepository(tx).add({
    userId: user.id,
    purpose: kind.purpose,
    tokenHash: hashToken(token),
    email: user.email,
    now,
    expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
  });
  // Due by wall time, not `now` (the rules' clock): the kernel's dispatcher sends what is due by the machine's time.
  await outbox.enqueue(kind.mail(user.email, linkTo(publicAppUrl, kind.page, token), ttlSeconds), new Date());
}
