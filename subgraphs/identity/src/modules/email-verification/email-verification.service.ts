import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, BadUserInputError, MailOutbox, badInputFromZod, type Logger } from '@steward/kernel';
import { z } from 'zod';
import type { IdentityDeps } from '../../identity.deps.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { MailTemplates, linkTo } from '../mail/mail-templates.js';
import type { CallerGuard } from '../sessions/caller-guard.js';
import { OneTimeTokenRepository } from '../tokens/one-time-token.repository.js';
import { TokenPrefix, hashToken, newSecretToken } from '../tokens/secret-tokens.js';
import { UserRepository } from '../users/user.repository.js';

const VerifyEmailModel = z.object({ token: z.string().max(200, 'is not a valid token') });
const INVALID_TOKEN = 'token: is invalid, expired or already used. Ask for a new verification mail.';

/** Proving that a user owns their email address, by a single-use link mailed to it. */
export class EmailVerificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: IdentityDeps,
    private readonly guard: CallerGuard,
    private readonly audit: AuditTrail,
    private readonly logger: Logger,
  ) {}

  /** Mails the caller a verification link; true without a mail when the address is already verified. */
  async request(): Promise<boolean> {
    const { user, sessionId } = await this.guard.requireLiveSession();
    if (user.emailVerified) return true;
    const quota = await new LoginThrottle(this.em, this.deps.clock).take(`verify-mail:${user.id}`, this.deps.config.resetMailLimit);
    if (!quota.taken) {
      // Not the kernel's RateLimitedError: its HTTP 429 would be masked by the gateway (see LoginRateLimitedError).
      throw new AppError('RATE_LIMITED', 'Several verification mails were sent recently. Use the latest one, or try again later.', {
        retryAfterSeconds: Math.max(1, Math.ceil((quota.freesAt.getTime() - this.deps.clock().getTime()) / 1000)),
      });
    }
    const token = newSecretToken(TokenPrefix.emailVerification);
    const ttl = this.deps.config.emailVerificationTtlSeconds;
    await this.em.transactional(async (tx) => {
      const now = this.deps.clock();
      await new OneTimeTokenRepository(tx).add({
        userId: user.id,
        purpose: 'email_verification',
        tokenHash: hashToken(token),
        email: user.email,
        now,
        expiresAt: new Date(now.getTime() + ttl * 1000),
      });
      const link = linkTo(this.deps.config.publicAppUrl, 'verify-email', token);
      // Due by wall time, not the clock: the kernel's dispatcher sends what is due by the machine's time.
      await new MailOutbox(tx, 'identity').enqueue(MailTemplates.emailVerification(user.email, link, Math.round(ttl / 3600)), new Date());
      await this.audit.record(tx, { type: AuditEventType.EMAIL_VERIFICATION_REQUESTED, userId: user.id, actorId: user.id, sessionId });
    });
    this.deps.mail.wake();
    this.logger.info('Email verification mail queued (userId=%s)', user.id);
    return true;
  }

  /** Marks the address verified; the token is the proof, so no sign-in is needed (the link may open anywhere). */
  async verify(args: unknown): Promise<boolean> {
    const parsed = VerifyEmailModel.safeParse(args);
    if (!parsed.success) throw badInputFromZod(parsed.error, 'args');
    const tokenHash = hashToken(parsed.data.token);
    const userId = await this.em.transactional(async (tx) => {
      const now = this.deps.clock();
      const owner = await new OneTimeTokenRepository(tx).consume('email_verification', tokenHash, now);
      // An address changed since the mail was sent is not proven by it.
      if (!owner || !(await new UserRepository(tx).markEmailVerified(owner.userId, owner.email, now))) throw new BadUserInputError('token', INVALID_TOKEN);
      await this.audit.record(tx, { type: AuditEventType.EMAIL_VERIFIED, userId: owner.userId, actorId: owner.userId });
      return owner.userId;
    });
    this.logger.info('Email verified (userId=%s)', userId);
    return true;
  }
}
