import { AppError, BadUserInputError, parseInput } from '@steward/kernel';
import { z } from 'zod';
import type { ServiceScope } from '../../identity.context.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { OneTimeTokenRepository } from '../tokens/one-time-token.repository.js';
import { OneTimeLink, mailOneTimeLink } from '../tokens/one-time-link.js';
import { hashToken } from '../tokens/secret-tokens.js';
import { UserRepository } from '../users/user.repository.js';

const VerifyEmailModel = z.object({ token: z.string().max(200, 'is not a valid token') });
const INVALID_TOKEN = 'token: is invalid, expired or already used. Ask for a new verification mail.';

/** Proving that a user owns their email address, by a single-use link mailed to it. */
export class EmailVerificationService {
  constructor(private readonly scope: ServiceScope) {}

  /** Mails the caller a verification link; true without a mail when the address is already verified. */
  async request(): Promise<boolean> {
    const { user, sessionId } = await this.scope.guard.requireLiveSession();
    if (user.emailVerified) return true;
    const quota = await new LoginThrottle(this.scope.em, this.scope.clock).take(`verify-mail:${user.id}`, this.scope.deps.config.resetMailLimit);
    if (!quota.taken) {
      // Not the kernel's RateLimitedError: its HTTP 429 would be masked by the gateway (see LoginRateLimitedError).
      throw new AppError('RATE_LIMITED', 'Several verification mails were sent recently. Use the latest one, or try again later.', {
        retryAfterSeconds: Math.max(1, Math.ceil((quota.freesAt.getTime() - this.scope.clock().getTime()) / 1000)),
      });
    }
    const { config } = this.scope.deps;
    await this.scope.em.transactional(async (tx) => {
      const now = this.scope.clock();
      await mailOneTimeLink(tx, this.scope.deps.mail.outbox(tx), OneTimeLink.emailVerification, user, { publicAppUrl: config.publicAppUrl, ttlSeconds: config.emailVerificationTtlSeconds, now });
      await this.scope.audit.record(tx, { type: AuditEventType.EMAIL_VERIFICATION_REQUESTED, userId: user.id, actorId: user.id, sessionId });
    });
    this.scope.logger.info('Email verification mail queued (userId=%s)', user.id);
    return true;
  }

  /** Marks the address verified; the token is the proof, so no sign-in is needed (the link may open anywhere). */
  async verify(args: unknown): Promise<boolean> {
    const tokenHash = hashToken(parseInput(VerifyEmailModel, args, 'args').token);
    const userId = await this.scope.em.transactional(async (tx) => {
      const now = this.scope.clock();
      const owner = await new OneTimeTokenRepository(tx).consume('email_verification', tokenHash, now);
      // An address changed since the mail was sent is not proven by it.
      if (!owner || !(await new UserRepository(tx).markEmailVerified(owner.userId, owner.email, now))) throw new BadUserInputError('token', INVALID_TOKEN);
      await this.scope.audit.record(tx, { type: AuditEventType.EMAIL_VERIFIED, userId: owner.userId, actorId: owner.userId });
      return owner.userId;
    });
    this.scope.logger.info('Email verified (userId=%s)', userId);
    return true;
  }
}
