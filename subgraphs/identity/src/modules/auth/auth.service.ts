import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { ConflictError, UnauthenticatedError, badInputFromZod, type Caller, type ClientInfo, type Logger } from '@steward/kernel';
import type { User } from '../users/user.entity.js';
import { UserRepository } from '../users/user.repository.js';
import type { SigningKeys } from '../keys/signing-keys.js';
import { LoginInputModel, RefreshTokenModel, RegisterInputModel } from './auth.models.js';
import type { PasswordHasher } from './password-hasher.js';
import { SessionRepository } from './session.repository.js';

/** Token lifetimes. */
export interface TokenPolicy {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

/** What a successful sign-in returns (mirrors the `AuthPayload` type). */
export interface AuthResult {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

const REFRESH_TOKEN_PREFIX = 'srt_';
const INVALID_CREDENTIALS = 'Email or password is incorrect.';
const INVALID_REFRESH = 'The refresh token is invalid, expired or already used. Sign in again.';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newRefreshToken(): string {
  return REFRESH_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Dependencies that live as long as the process. */
export interface AuthServiceDeps {
  hasher: PasswordHasher;
  keys: SigningKeys;
  policy: TokenPolicy;
}

/** Registration, sign-in, token refresh and sign-out for one request. */
export class AuthService {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;

  constructor(
    private readonly em: EntityManager,
    private readonly deps: AuthServiceDeps,
    private readonly caller: Caller,
    private readonly client: ClientInfo,
    private readonly logger: Logger,
    /** Set to the signed-in user on success, so that user's own fields in the payload are visible. */
    private readonly viewer: { userId: string | null },
  ) {
    this.users = new UserRepository(em);
    this.sessions = new SessionRepository(em);
  }

  /** Creates the account and its first session in one transaction. */
  async register(rawInput: unknown): Promise<AuthResult> {
    const parsed = RegisterInputModel.safeParse(rawInput);
    if (!parsed.success) throw badInputFromZod(parsed.error, 'input');
    const input = parsed.data;
    if (await this.users.findByEmail(input.email)) throw new ConflictError('An account with this email already exists.', 'input.email');
    const passwordHash = await this.deps.hasher.hash(input.password);
    try {
      const result = await this.em.transactional(async (tx) => {
        const user = new UserRepository(tx).add({ id: randomUUID(), email: input.email, name: input.name, passwordHash });
        // Sessions reference users by a plain id column, so the ORM cannot order the inserts itself.
        await tx.flush();
        return this.openSession(tx, user, randomUUID());
      });
      this.logger.info('Registered user (userId=%s)', result.user.id);
      return this.signedIn(result);
    } catch (error) {
      // Two registrations of one email can pass the check above together; the unique index decides.
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('An account with this email already exists.', 'input.email');
      throw error;
    }
  }

  /** Verifies the password; unknown emails cost the same time as wrong passwords. */
  async login(rawInput: unknown): Promise<AuthResult> {
    const parsed = LoginInputModel.safeParse(rawInput);
    if (!parsed.success) throw badInputFromZod(parsed.error, 'input');
    const { email, password } = parsed.data;
    const user = await this.users.findByEmail(email);
    if (!user) {
      await this.deps.hasher.verifyDummy(password);
      throw new UnauthenticatedError(INVALID_CREDENTIALS);
    }
    if (!(await this.deps.hasher.verify(user.passwordHash, password))) {
      this.logger.info('Login failed (userId=%s)', user.id);
      throw new UnauthenticatedError(INVALID_CREDENTIALS);
    }
    if (this.deps.hasher.needsRehash(user.passwordHash)) {
      user.passwordHash = await this.deps.hasher.hash(password);
      user.updatedAt = new Date();
    }
    const result = await this.em.transactional((tx) => this.openSession(tx, user, randomUUID()));
    this.logger.info('Logged in (userId=%s, sessionId=%s)', user.id, result.sessionId);
    return this.signedIn(result);
  }

  /** Rotates the refresh token: the presented one stops working, the session lives on. */
  async refresh(rawToken: unknown): Promise<AuthResult> {
    const parsed = RefreshTokenModel.safeParse(rawToken);
    if (!parsed.success) throw badInputFromZod(parsed.error, 'refreshToken');
    const now = new Date();
    const refreshToken = newRefreshToken();
    const refreshTokenExpiresAt = new Date(now.getTime() + this.deps.policy.refreshTokenTtlSeconds * 1000);
    const sessionId = await this.sessions.rotate(hashToken(parsed.data), hashToken(refreshToken), now, refreshTokenExpiresAt);
    if (!sessionId) throw new UnauthenticatedError(INVALID_REFRESH);
    const session = await this.sessions.findById(sessionId);
    const user = session && (await this.users.findById(session.userId));
    if (!session || !user) throw new UnauthenticatedError(INVALID_REFRESH);
    const access = await this.issueAccessToken(user.id, session.id, now);
    return this.signedIn({ ...access, refreshToken, refreshTokenExpiresAt, user });
  }

  /** Revokes the caller's current session. */
  async logout(): Promise<boolean> {
    if (this.caller.kind !== 'user' || !this.caller.sessionId) throw new UnauthenticatedError();
    const revoked = await this.sessions.revoke(this.caller.sessionId, 'logout', new Date());
    this.logger.info('Logged out (userId=%s, sessionId=%s)', this.caller.userId, this.caller.sessionId);
    return revoked;
  }

  private signedIn<T extends AuthResult>(result: T): T {
    this.viewer.userId = result.user.id;
    return result;
  }

  private async openSession(tx: EntityManager, user: User, familyId: string): Promise<AuthResult & { sessionId: string }> {
    const now = new Date();
    const refreshToken = newRefreshToken();
    const refreshTokenExpiresAt = new Date(now.getTime() + this.deps.policy.refreshTokenTtlSeconds * 1000);
    const session = new SessionRepository(tx).add({
      id: randomUUID(),
      userId: user.id,
      familyId,
      refreshTokenHash: hashToken(refreshToken),
      userAgent: this.client.userAgent,
      ip: this.client.ip,
      createdAt: now,
      expiresAt: refreshTokenExpiresAt,
    });
    await tx.flush();
    const access = await this.issueAccessToken(user.id, session.id, now);
    return { ...access, refreshToken, refreshTokenExpiresAt, user, sessionId: session.id };
  }

  private async issueAccessToken(userId: string, sessionId: string, now: Date) {
    const accessTokenExpiresAt = new Date(now.getTime() + this.deps.policy.accessTokenTtlSeconds * 1000);
    const accessToken = await this.deps.keys.signAccessToken({ userId, sessionId }, accessTokenExpiresAt);
    return { accessToken, accessTokenExpiresAt };
  }
}
