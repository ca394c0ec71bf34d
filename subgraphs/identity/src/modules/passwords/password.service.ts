import { BadUserInputError, parseInput } from '@steward/kernel';
import { z } from 'zod';
import type { ServiceScope } from '../../identity.context.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import { LoginThrottle, accountKey } from '../auth/login-throttle.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { SessionRepository } from '../sessions/session.repository.js';
import { OneTimeTokenRepository } from '../tokens/one-time-token.repository.js';
import { hashToken } from '../tokens/secret-tokens.js';
import { UserRepository } from '../users/user.repository.js';
import { enqueuePasswordReset } from './password-reset.job.js';

const ChangePasswordModel = z.object({
  currentPassword: z.string().max(256, 'must be at most 256 characters'),
  newPassword: z.string(),
});
const ResetRequestModel = z.object({ email: z.string().trim().toLowerCase().max(254, 'must be at most 254 characters') });
const ResetPasswordModel = z.object({ token: z.string().max(200, 'is not a valid token'), newPassword: z.string() });
const INVALID_RESET_TOKEN = 'token: is invalid, expired or already used. Ask for a new reset link.';

/** Changing a known password, and resetting a forgotten one by mail. */
export class PasswordService {
  constructor(private readonly scope: ServiceScope) {}

  /** Replaces the caller's password after checking the current one, and signs out their other sessions. */
  async change(args: unknown): Promise<boolean> {
    const { user, sessionId } = await this.scope.guard.requireLiveSession();
    const { currentPassword, newPassword } = parseInput(ChangePasswordModel, args, 'args');
    this.scope.deps.passwordPolicy.check(newPassword, user.email, 'newPassword');
    if (newPassword === currentPassword) throw new BadUserInputError('newPassword', 'newPassword: must differ from the current password');
    await this.scope.stepUp.verify(user, sessionId, { password: { value: currentPassword, field: 'currentPassword' } });
    const passwordHash = await this.scope.deps.hasher.hash(newPassword);
    const now = this.scope.clock();
    const revoked = await this.scope.em.transactional(async (tx) => {
      await new UserRepository(tx).setPasswordHash(user.id, passwordHash, now);
      const ids = await new SessionRepository(tx).revokeAllOf(user.id, sessionId, 'password_changed', now);
      await new OneTimeTokenRepository(tx).voidAll(user.id, 'password_reset', now);
      // Due by wall time, not the clock: the kernel's dispatcher sends what is due by the machine's time.
      await this.scope.deps.mail.outbox(tx).enqueue(MailTemplates.passwordChanged(user.email), new Date());
      await this.scope.audit.record(tx, { type: AuditEventType.PASSWORD_CHANGED, userId: user.id, actorId: user.id, sessionId, details: { revokedSessionIds: ids } });
      return ids;
    });
    await this.scope.deps.revocations.announce(revoked, now);
    this.scope.logger.info('Password changed (userId=%s, revokedSessions=%d)', user.id, revoked.length);
    return true;
  }

  /**
   * Always answers true at once. The request only writes a job (in its transaction, so a job exists
   * exactly when the answer was given); the job looks the address up and mails a link if it has an
   * account. Neither the answer nor the work done before it depends on the address having one.
   */
  async requestReset(args: unknown): Promise<boolean> {
    const { email } = parseInput(ResetRequestModel, args, 'args');
    const { ip, userAgent } = this.scope.client;
    await this.scope.em.transactional((tx) => enqueuePasswordReset(this.scope.deps.jobs, tx, { email, ip, userAgent }));
    return true;
  }

  /** Sets a new password with a mailed token; the token works once, and every session is signed out. */
  async reset(args: unknown): Promise<boolean> {
    const { token, newPassword } = parseInput(ResetPasswordModel, args, 'args');
    const tokenHash = hashToken(token);
    // Look before using the token up, so a password the policy refuses does not burn the link.
    const owner = await new OneTimeTokenRepository(this.scope.em).peek('password_reset', tokenHash, this.scope.clock());
    const user = owner && (await new UserRepository(this.scope.em).findById(owner.userId));
    if (!owner || !user) throw new BadUserInputError('token', INVALID_RESET_TOKEN);
    this.scope.deps.passwordPolicy.check(newPassword, user.email, 'newPassword');
    const passwordHash = await this.scope.deps.hasher.hash(newPassword);
    const now = this.scope.clock();
    const revoked = await this.scope.em.transactional(async (tx) => {
      const tokens = new OneTimeTokenRepository(tx);
      if (!(await tokens.consume('password_reset', tokenHash, now))) throw new BadUserInputError('token', INVALID_RESET_TOKEN);
      const users = new UserRepository(tx);
      await users.setPasswordHash(user.id, passwordHash, now);
      // The link reached this inbox, which proves the address as well as a verification link would.
      await users.markEmailVerified(user.id, owner.email, now);
      const ids = await new SessionRepository(tx).revokeAllOf(user.id, null, 'password_reset', now);
      await tokens.voidAll(user.id, 'password_reset', now);
      await new LoginThrottle(tx, this.scope.clock).forgive(accountKey(user.email));
      await this.scope.audit.record(tx, { type: AuditEventType.PASSWORD_RESET, userId: user.id, actorId: user.id, details: { revokedSessionIds: ids } });
      return ids;
    });
    await this.scope.deps.revocations.announce(revoked, now);
    this.scope.logger.info('Password reset (userId=%s, revokedSessions=%d)', user.id, revoked.length);
    return true;
  }
}
