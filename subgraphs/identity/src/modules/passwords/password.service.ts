import { BadUserInputError, parseInput, type ClientInfo } from '@steward/kernel';
import { z } from 'zod';
import type { ServiceScope } from '../../identity.context.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { LoginThrottle, accountKey, resetMailKey } from '../auth/login-throttle.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { SessionRepository } from '../sessions/session.repository.js';
import { OneTimeLink, mailOneTimeLink } from '../tokens/one-time-link.js';
import { OneTimeTokenRepository } from '../tokens/one-time-token.repository.js';
import { hashToken } from '../tokens/secret-tokens.js';
import { UserRepository } from '../users/user.repository.js';

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
    const revoked = await this.scope.em.transactional(async (tx) => {
      const now = this.scope.clock();
      await new UserRepository(tx).setPasswordHash(user.id, passwordHash, now);
      const ids = await new SessionRepository(tx).revokeAllOf(user.id, sessionId, 'password_changed', now);
      await new OneTimeTokenRepository(tx).voidAll(user.id, 'password_reset', now);
      // Due by wall time, not the clock: the kernel's dispatcher sends what is due by the machine's time.
      await this.scope.deps.mail.outbox(tx).enqueue(MailTemplates.passwordChanged(user.email), new Date());
      await this.scope.audit.record(tx, { type: AuditEventType.PASSWORD_CHANGED, userId: user.id, actorId: user.id, sessionId, details: { revokedSessionIds: ids } });
      return ids;
    });
    this.scope.logger.info('Password changed (userId=%s, revokedSessions=%d)', user.id, revoked.length);
    return true;
  }

  /**
   * Always answers true at once: whether the email has an account, whether a mail was sent, and
   * how long that took are decided in a background task after the answer, so neither the answer
   * nor its timing tells known addresses from unknown ones.
   */
  async requestReset(args: unknown): Promise<boolean> {
    const { email } = parseInput(ResetRequestModel, args, 'args');
    const client = this.scope.client;
    this.scope.deps.background.run('password-reset-request', () => this.sendResetMail(email, client));
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
    const revoked = await this.scope.em.transactional(async (tx) => {
      const now = this.scope.clock();
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
    this.scope.logger.info('Password reset (userId=%s, revokedSessions=%d)', user.id, revoked.length);
    return true;
  }

  private async sendResetMail(email: string, client: ClientInfo): Promise<void> {
    const em = this.scope.deps.fork();
    const user = await new UserRepository(em).findByEmail(email);
    if (!user) return;
    if (!(await new LoginThrottle(em, this.scope.clock).take(resetMailKey(email), this.scope.deps.config.resetMailLimit)).taken) {
      this.scope.logger.warn('Password reset mail skipped: too many requested (userId=%s)', user.id);
      return;
    }
    const { config } = this.scope.deps;
    const audit = new AuditTrail(em, client, this.scope.clock);
    await em.transactional(async (tx) => {
      const now = this.scope.clock();
      await mailOneTimeLink(tx, this.scope.deps.mail.outbox(tx), OneTimeLink.passwordReset, user, { publicAppUrl: config.publicAppUrl, ttlSeconds: config.passwordResetTtlSeconds, now });
      await audit.record(tx, { type: AuditEventType.PASSWORD_RESET_REQUESTED, userId: user.id });
    });
    this.scope.logger.info('Password reset mail queued (userId=%s)', user.id);
  }
}
