import type { Clock, JobQueue, JobTransaction, Logger } from '@steward/kernel';
import type { IdentityDeps } from '../../identity.deps.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { LoginThrottle, resetMailKey } from '../auth/login-throttle.js';
import { OneTimeLink, mailOneTimeLink } from '../tokens/one-time-link.js';
import { UserRepository } from '../users/user.repository.js';

/** The queue whose jobs answer one `requestPasswordReset` each: look the address up, mail a link if it has an account. */
export const PASSWORD_RESET_QUEUE = 'password.reset-request';

/** A reset request as the mutation saw it; the client is kept for the audit event. No secret: the token is made by the job. */
interface PasswordResetJob {
  [key: string]: unknown;
  email: string;
  ip: string | null;
  userAgent: string | null;
}

/** One try and one retry: a request that fails twice is better dropped than mailed late (the person asks again). */
const RESET_JOB = { retryLimit: 1, retryDelaySeconds: 5, expireInSeconds: 60, concurrency: 2 } as const;

/** Writes a reset request's job in `tx`, the request's only write: its work and timing are the same for every address. */
export function enqueuePasswordReset(jobs: JobQueue, tx: JobTransaction, request: PasswordResetJob): Promise<string> {
  return jobs.enqueue<PasswordResetJob>(PASSWORD_RESET_QUEUE, request, { transaction: tx });
}

/**
 * Defines the reset queue on identity's job queue. The handler does everything that depends on the
 * account existing: the lookup, the per-address mail limit, the token, the mail and the audit event.
 * An unknown address gets nothing (there is no account to tell about).
 */
export function definePasswordResetJob(jobs: JobQueue, deps: IdentityDeps, clock: Clock, logger: Logger): void {
  jobs.define<PasswordResetJob>(
    PASSWORD_RESET_QUEUE,
    async ({ data }) => {
      const outcome = await handleResetRequest(data, deps, clock, logger);
      logger.debug('Password reset request handled (outcome=%s)', outcome);
    },
    RESET_JOB,
  );
}

/** What became of one request: `no-account`, `limited` (the address's mail quota is used up) or `mailed`. */
async function handleResetRequest(data: PasswordResetJob, deps: IdentityDeps, clock: Clock, logger: Logger): Promise<string> {
  const em = deps.fork();
  const user = await new UserRepository(em).findByEmail(data.email);
  if (!user) return 'no-account';
  if (!(await new LoginThrottle(em, clock).take(resetMailKey(data.email), deps.config.resetMailLimit)).taken) {
    logger.warn('Password reset mail skipped: too many requested (userId=%s)', user.id);
    return 'limited';
  }
  const { config } = deps;
  const audit = new AuditTrail(em, { ip: data.ip, userAgent: data.userAgent }, clock);
  await em.transactional(async (tx) => {
    const now = clock();
    await mailOneTimeLink(tx, deps.mail.outbox(tx), OneTimeLink.passwordReset, user, { publicAppUrl: config.publicAppUrl, ttlSeconds: config.passwordResetTtlSeconds, now });
    await audit.record(tx, { type: AuditEventType.PASSWORD_RESET_REQUESTED, userId: user.id });
  });
  logger.info('Password reset mail queued (userId=%s)', user.id);
  return 'mailed';
}
