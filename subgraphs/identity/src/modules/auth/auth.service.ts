import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, ForbiddenError, UnauthenticatedError, parseInput } from '@steward/kernel';
import type { ServiceScope } from '../../identity.context.js';
import { AccountLockedError, EmailNotVerifiedError, SIGN_IN_BUSY_MESSAGE, LoginRateLimitedError, MfaRequiredError } from '../../identity.errors.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import { InvitationRepository } from '../invitations/invitation.repository.js';
import { SecondFactor, type SecondFactorResult } from '../mfa/second-factor.js';
import { SessionRepository } from '../sessions/session.repository.js';
import { TokenPrefix, hashToken, newSecretToken, sealWithToken, unsealWithToken } from '../tokens/secret-tokens.js';
import type { User } from '../users/user.entity.js';
import { UserRepository } from '../users/user.repository.js';
import { LoginInputModel, RefreshTokenModel, RegisterInputModel } from './auth.models.js';
import { LoginThrottle, accountKey, ipKey, type Admission } from './login-throttle.js';
import { requireInvitationCode } from './registration-request.service.js';

/** What a successful sign-in returns (mirrors the `AuthPayload` type). */
export interface AuthResult {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

const INVALID_CREDENTIALS = 'Email or password is incorrect.';
const INVALID_REFRESH = 'The refresh token is invalid, expired or already used. Sign in again.';
const INVALID_SECOND_FACTOR = 'The code is wrong or was already used. Enter a current code from your authenticator app, or an unused backup code.';
const REFRESH_REASON_REUSE = 'refresh_token_reuse';
const REGISTER_BY_REQUEST = 'Registration confirms your email address first: use requestRegistration, then follow the link mailed to you.';

/** Registration, sign-in (with lockout, rate limit and second factor), token refresh and sign-out for one request. */
export class AuthService {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;

  constructor(private readonly scope: ServiceScope) {
    this.users = new UserRepository(scope.em);
    this.sessions = new SessionRepository(scope.em);
  }

  /**
   * Creates the account and its first session in one transaction. In invitation-only mode the code
   * is consumed in that same transaction, so a failed registration gives its use back.
   *
   * A PLATFORM_ADMIN_EMAILS address needs no code only to bootstrap: while no listed address has a
   * verified account (someone has to be first, and cannot be invited). Once one has, further admins
   * register with a code like everyone, so a listed address someone else typed in first is no
   * standing way around invite-only. Such an account gets no admin powers until it verifies the
   * address (CallerGuard), and the address's owner can take it over with a password reset.
   */
  async register(rawInput: unknown): Promise<AuthResult> {
    // Its answers (tokens, or CONFLICT) tell taken addresses from free ones; refused the same way for both.
    if (this.scope.deps.config.registrationEnumerationSafe) throw new ForbiddenError(REGISTER_BY_REQUEST);
    const input = parseInput(RegisterInputModel, rawInput, 'input');
    this.scope.deps.passwordPolicy.check(input.password, input.email, 'input.password');
    const needsCode = await requireInvitationCode(this.users, this.scope.deps.config, input);
    if (await this.users.findByEmail(input.email)) throw new ConflictError('An account with this email already exists.', 'input.email');
    const passwordHash = await this.scope.deps.hasher.hash(input.password);
    try {
      const result = await this.scope.em.transactional(async (tx) => {
        const now = this.scope.clock();
        const invitationCodeId = needsCode ? await new InvitationRepository(tx).consume(hashToken(input.invitationCode!), now) : null;
        if (needsCode && !invitationCodeId) {
          throw new BadUserInputError('input.invitationCode', 'input.invitationCode: is invalid, expired, revoked or used up.');
        }
        const user = new UserRepository(tx).add({ id: randomUUID(), email: input.email, name: input.name, passwordHash }, now);
        // Sessions reference users by a plain id column, so the ORM cannot order the inserts itself.
        await tx.flush();
        const session = await this.openSession(tx, user, randomUUID());
        await this.scope.audit.record(tx, {
          type: AuditEventType.USER_REGISTERED,
          userId: user.id,
          actorId: user.id,
          sessionId: session.sessionId,
          details: invitationCodeId ? { invitationCodeId } : {},
        });
        return session;
      });
      this.scope.logger.info('Registered user (userId=%s)', result.user.id);
      return this.signedIn(result);
    } catch (error) {
      // Two registrations of one email can pass the check above together; the unique index decides.
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('An account with this email already exists.', 'input.email');
      throw error;
    }
  }

  /**
   * Signs in. Before the password is checked, the check is admitted for the client's IP address
   * (RATE_LIMITED past its failure limit) and for the account (ACCOUNT_LOCKED past its limit), each
   * atomically in the database (see LoginThrottle); afterwards both are settled with the outcome.
   * The account is keyed by the email's hash, so unknown emails lock exactly like known ones and
   * the answers never tell them apart.
   */
  async login(rawInput: unknown): Promise<AuthResult> {
    const { email, password, totpCode, backupCode } = parseInput(LoginInputModel, rawInput, 'input');
    const { config } = this.scope.deps;
    const throttle = new LoginThrottle(this.scope.em, this.scope.clock, this.scope.deps.admissionQueues);

    const admissions: Admission[] = [];
    let outcome: 'failed' | 'succeeded' | 'neutral' = 'neutral';
    try {
      if (this.scope.client.ip) {
        const ip = await throttle.admit(ipKey(this.scope.client.ip), config.ipLimit);
        if (ip.state !== 'admitted') {
          const retryAfterSeconds = ip.state === 'locked' ? Math.max(1, Math.ceil((ip.lockedUntil.getTime() - this.scope.clock().getTime()) / 1000)) : 5;
          this.scope.logger.warn('Sign-in rate limited (ip=%s, retryAfterSeconds=%d)', this.scope.client.ip, retryAfterSeconds);
          throw new LoginRateLimitedError(retryAfterSeconds, ip.state === 'busy' ? SIGN_IN_BUSY_MESSAGE : undefined);
        }
        admissions.push(ip.admission);
      }
      const account = await throttle.admit(accountKey(email), config.accountLockout);
      if (account.state === 'locked') throw new AccountLockedError(account.lockedUntil);
      if (account.state === 'busy') throw new LoginRateLimitedError(5, SIGN_IN_BUSY_MESSAGE);
      admissions.unshift(account.admission);

      const user = await this.users.findByEmail(email);
      let failure: string | null = null;
      if (!user) {
        await this.scope.deps.hasher.verifyDummy(password);
        failure = 'unknown_email';
      } else if (!(await this.scope.deps.hasher.verify(user.passwordHash, password))) {
        failure = 'wrong_password';
      }
      // Only the password's owner learns that the address waits for its confirmation.
      if (user && !failure && !user.emailVerified && config.registrationEnumerationSafe) throw new EmailNotVerifiedError();
      let factor: SecondFactorResult | null = null;
      if (user && !failure) {
        const secondFactor = new SecondFactor(this.scope.em, this.scope.deps.mfaSecrets);
        if (await secondFactor.isEnabled(user.id)) {
          // Not a failure: the client now asks for the code, and both admissions are settled as neutral.
          if (!totpCode && !backupCode) throw new MfaRequiredError();
          factor = await secondFactor.use(user.id, { totpCode, backupCode }, this.scope.clock());
          if (!factor) failure = 'wrong_second_factor';
        }
      }
      if (failure || !user) {
        outcome = 'failed';
        return await this.failLogin(throttle, admissions, user, failure ?? 'unknown_email');
      }

      outcome = 'succeeded';
      const newHash = this.scope.deps.hasher.needsRehash(user.passwordHash) ? await this.scope.deps.hasher.hash(password) : null;
      const result = await this.scope.em.transactional(async (tx) => {
        // The configured argon2 parameters changed since this hash was made: store one made with today's.
        if (newHash) await new UserRepository(tx).setPasswordHash(user.id, newHash, this.scope.clock());
        const session = await this.openSession(tx, user, randomUUID());
        await this.scope.audit.record(tx, {
          type: AuditEventType.LOGIN_SUCCEEDED,
          userId: user.id,
          actorId: user.id,
          sessionId: session.sessionId,
          details: { secondFactor: factor?.kind ?? null, rehashed: Boolean(newHash) },
        });
        if (factor?.kind === 'backup') {
          await this.scope.audit.record(tx, { type: AuditEventType.BACKUP_CODE_USED, userId: user.id, actorId: user.id, sessionId: session.sessionId, details: { codesLeft: factor.codesLeft } });
        }
        return session;
      });
      this.scope.logger.info('Logged in (userId=%s, sessionId=%s)', user.id, result.sessionId);
      return this.signedIn(result);
    } finally {
      // Every admitted check is settled exactly once (failures were settled by failLogin).
      if (outcome !== 'failed') for (const admission of admissions) await throttle.settle(admission, outcome);
    }
  }

  /**
   * Rotates the refresh token: the presented one stops working and is remembered by its hash. A
   * remembered token presented again is either a client's double refresh (see
   * {@link refreshWithRotatedToken}) or theft, which ends every session of that sign-in.
   */
  async refresh(rawToken: unknown): Promise<AuthResult> {
    const presented = parseInput(RefreshTokenModel, rawToken, 'refreshToken');
    const presentedHash = hashToken(presented);
    const now = this.scope.clock();
    const refreshToken = newSecretToken(TokenPrefix.refresh);
    const refreshTokenExpiresAt = new Date(now.getTime() + this.scope.deps.config.refreshTokenTtlSeconds * 1000);
    const rotated = await this.scope.em.transactional(async (tx) => {
      const repo = new SessionRepository(tx);
      const session = await repo.rotate(presentedHash, hashToken(refreshToken), now, refreshTokenExpiresAt, this.scope.client.ip);
      if (session) await repo.recordRotated(presentedHash, session, now, sealWithToken(presented, refreshToken), this.scope.client);
      return session;
    });
    if (!rotated) return this.refreshWithRotatedToken(presented, presentedHash, now);
    const user = await this.users.findById(rotated.userId);
    if (!user) throw new UnauthenticatedError(INVALID_REFRESH);
    const access = await this.issueAccessToken(user.id, rotated.id, now);
    return this.signedIn({ ...access, refreshToken, refreshTokenExpiresAt, user });
  }

  /** Revokes the caller's current session. */
  async logout(): Promise<boolean> {
    if (this.scope.caller.kind !== 'user' || !this.scope.caller.sessionId) throw new UnauthenticatedError();
    const { userId, sessionId } = this.scope.caller;
    const now = this.scope.clock();
    const revoked = await this.scope.em.transactional(async (tx) => {
      const done = await new SessionRepository(tx).revoke(sessionId, 'logout', now);
      if (done) await this.scope.audit.record(tx, { type: AuditEventType.LOGGED_OUT, userId, actorId: userId, sessionId });
      return done;
    });
    if (revoked) await this.scope.deps.revocations.announce([sessionId], now);
    this.scope.logger.info('Logged out (userId=%s, sessionId=%s)', userId, sessionId);
    return revoked;
  }

  /**
   * A token that was already rotated. Within REFRESH_REUSE_GRACE_SECONDS of its rotation, from the
   * same IP address and user agent that rotated it, and while its successor is still the session's
   * current token, it answers with that successor (unsealed with the presented token: the database
   * alone cannot read it) and a fresh access token: the client's second, concurrent refresh gets
   * the same session state as the first, and no second branch of tokens exists. Anything else is
   * reuse: every session of the token's family is revoked and an audit event is recorded.
   */
  private async refreshWithRotatedToken(presented: string, presentedHash: string, now: Date): Promise<AuthResult> {
    const used = await this.sessions.findRotated(presentedHash);
    if (!used) throw new UnauthenticatedError(INVALID_REFRESH);
    const graceMs = this.scope.deps.config.refreshReuseGraceSeconds * 1000;
    const sameClient = used.rotatedByIp === this.scope.client.ip && used.rotatedByUserAgent === this.scope.client.userAgent;
    if (graceMs > 0 && sameClient && now.getTime() - used.rotatedAt.getTime() <= graceMs && used.successorSealed) {
      const successor = unsealWithToken(presented, used.successorSealed);
      const session = successor ? await this.sessions.findLiveByTokenHash(hashToken(successor), now) : null;
      const user = session?.id === used.sessionId ? await this.users.findById(session.userId) : null;
      if (session && successor && user) {
        const access = await this.issueAccessToken(user.id, session.id, now);
        this.scope.logger.info('Concurrent refresh answered within the grace window (sessionId=%s)', session.id);
        return this.signedIn({ ...access, refreshToken: successor, refreshTokenExpiresAt: session.expiresAt, user });
      }
    }
    const { revokedIds, userId } = await this.scope.em.transactional(async (tx) => {
      const repo = new SessionRepository(tx);
      const ids = await repo.revokeFamily(used.familyId, REFRESH_REASON_REUSE, now);
      const owner = (await repo.findById(used.sessionId))?.userId ?? null;
      await this.scope.audit.record(tx, {
        type: AuditEventType.REFRESH_TOKEN_REUSED,
        userId: owner,
        sessionId: used.sessionId,
        details: { familyId: used.familyId, revokedSessionIds: ids },
      });
      return { revokedIds: ids, userId: owner };
    });
    await this.scope.deps.revocations.announce(revokedIds, now);
    this.scope.logger.warn('Refresh token reused: sign-in family revoked (userId=%s, familyId=%s, revoked=%d)', userId, used.familyId, revokedIds.length);
    throw new UnauthenticatedError(INVALID_REFRESH);
  }

  /** Settles a failed check, records it and answers it; the failure that reached the account's limit answers ACCOUNT_LOCKED. */
  private async failLogin(throttle: LoginThrottle, admissions: Admission[], user: User | null, reason: string): Promise<never> {
    let lockedUntil: Date | null = null;
    for (const admission of admissions) {
      const settled = await throttle.settle(admission, 'failed');
      if (admission.policy === this.scope.deps.config.accountLockout) lockedUntil = settled.lockedUntil;
    }
    await this.scope.audit.recordNow({ type: AuditEventType.LOGIN_FAILED, userId: user?.id ?? null, details: { reason } });
    this.scope.logger.info('Login failed (userId=%s, reason=%s)', user?.id ?? null, reason);
    if (lockedUntil) {
      await this.scope.audit.recordNow({ type: AuditEventType.ACCOUNT_LOCKED, userId: user?.id ?? null, details: { until: lockedUntil.toISOString() } });
      this.scope.logger.warn('Account locked (userId=%s, until=%s)', user?.id ?? null, lockedUntil.toISOString());
      throw new AccountLockedError(lockedUntil);
    }
    if (reason === 'wrong_second_factor') throw new MfaRequiredError(INVALID_SECOND_FACTOR);
    throw new UnauthenticatedError(INVALID_CREDENTIALS);
  }

  private signedIn<T extends AuthResult>(result: T): T {
    this.scope.viewer.userId = result.user.id;
    return result;
  }

  private async openSession(tx: EntityManager, user: User, familyId: string): Promise<AuthResult & { sessionId: string }> {
    const now = this.scope.clock();
    const refreshToken = newSecretToken(TokenPrefix.refresh);
    const refreshTokenExpiresAt = new Date(now.getTime() + this.scope.deps.config.refreshTokenTtlSeconds * 1000);
    const session = new SessionRepository(tx).add({
      id: randomUUID(),
      userId: user.id,
      familyId,
      refreshTokenHash: hashToken(refreshToken),
      userAgent: this.scope.client.userAgent?.slice(0, 512) ?? null,
      ip: this.scope.client.ip,
      createdAt: now,
      expiresAt: refreshTokenExpiresAt,
    });
    await tx.flush();
    const access = await this.issueAccessToken(user.id, session.id, now);
    return { ...access, refreshToken, refreshTokenExpiresAt, user, sessionId: session.id };
  }

  private async issueAccessToken(userId: string, sessionId: string, now: Date) {
    const accessTokenExpiresAt = new Date(now.getTime() + this.scope.deps.config.accessTokenTtlSeconds * 1000);
    const accessToken = await this.scope.deps.keys.signAccessToken({ userId, sessionId }, now, accessTokenExpiresAt);
    return { accessToken, accessTokenExpiresAt };
  }
}
