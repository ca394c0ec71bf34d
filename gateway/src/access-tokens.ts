import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { RateLimitedError, UnauthenticatedError, apiKeyVerifyRoute, type Caller, type RouteClient } from '@steward/kernel';
import { BoundedCache } from './bounded-cache.js';
import type { RateLimiter } from './rate-limiter.js';
import type { RevokedSessions } from './revoked-sessions.js';

/** Must match what identity signs (identity's `signing-keys.ts`). */
const ISSUER = 'steward-identity';
const AUDIENCE = 'steward';

/** API keys are opaque secrets with this prefix; anything else in a Bearer header is a JWT. */
const API_KEY_PREFIX = 'stw_';
/** The only shape organizations issues (`stw_` and 32 random bytes in base64url): anything else is refused without a lookup. */
const API_KEY_FORMAT = /^stw_[A-Za-z0-9_-]{43}$/;
/** A compact JWS: three base64url parts. Identity's tokens are well under this size. */
const JWT_FORMAT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const MAX_JWT_LENGTH = 4096;
/** Verified access tokens remembered (each until it expires), so a client's next request skips the signature check. */
const VERIFIED_TOKENS = 10_000;
/** Why a token of a revoked session is refused (sockets closed for it say the same). */
export const SESSION_ENDED = 'The session has ended (signed out or revoked). Sign in again.';

/**
 * Verifies an API key with organizations ({@link apiKeyVerifyRoute}) on every request, so a revoked
 * key stops working at once. Organizations compares hashes; the gateway keeps nothing.
 */
export class ApiKeyVerifier {
  constructor(private readonly routes: RouteClient) {}

  async callerFor(secret: string): Promise<Caller> {
    const key = await this.routes.find(apiKeyVerifyRoute, { secret });
    if (!key) throw new UnauthenticatedError('The API key is invalid, expired or revoked.');
    return { kind: 'apiKey', apiKeyId: key.apiKeyId, organizationId: key.organizationId };
  }
}

/**
 * Turns an `Authorization` header into a caller. No header means anonymous; a header that is
 * present but not a valid, unexpired access token is an UNAUTHENTICATED error, never anonymous.
 */
export class AccessTokenVerifier {
  private readonly keySet: JWTVerifyGetKey;
  /** Token → what verifying it established; the revocation check still runs on every use. */
  private readonly verified: BoundedCache<{ caller: Caller; expiresAt: Date | null }>;

  /**
   * @param failures when given, failed authentications are counted per client address, and an
   *   address past its limit is answered RATE_LIMITED without its credential being checked.
   * @param revocations when given, a token of a session identity has ended is refused, and
   *   sockets may watch their session (see connection-auth.ts).
   */
  constructor(
    jwksUrl: string,
    private readonly apiKeys: ApiKeyVerifier | null,
    private readonly failures: RateLimiter | null = null,
    readonly revocations: RevokedSessions | null = null,
    now: () => number = Date.now,
  ) {
    this.verified = new BoundedCache(VERIFIED_TOKENS, now);
    // A token with an unknown key id triggers one refetch (at most every 30 s), so key rotation works.
    this.keySet = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000, timeoutDuration: 5_000 });
  }

  async callerFrom(authorization: string | undefined, address: string | null): Promise<Caller> {
    return (await this.authenticate(authorization, address)).caller;
  }

  /**
   * Like {@link callerFrom}, plus when the credential stops being valid (null: no expiry known).
   * A failure counts against `address` (see the constructor); anonymous requests never do.
   */
  async authenticate(authorization: string | undefined, address: string | null): Promise<{ caller: Caller; expiresAt: Date | null }> {
    if (!authorization) return { caller: { kind: 'anonymous' }, expiresAt: null };
    const key = `address:${address ?? 'unknown'}`;
    const wait = this.failures?.wait(key) ?? 0;
    if (wait > 0) throw new RateLimitedError(`Too many failed authentications from this address. Try again in ${wait} s.`, wait);
    try {
      return await this.verify(authorization);
    } catch (error) {
      if (error instanceof UnauthenticatedError) this.failures?.take(key);
      throw error;
    }
  }

  private async verify(authorization: string): Promise<{ caller: Caller; expiresAt: Date | null }> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
    const credential = match[1]!;
    if (credential.startsWith(API_KEY_PREFIX)) {
      if (!this.apiKeys) throw new UnauthenticatedError('API keys are not accepted here.');
      if (!API_KEY_FORMAT.test(credential)) throw new UnauthenticatedError('The API key is invalid, expired or revoked.');
      return { caller: await this.apiKeys.callerFor(credential), expiresAt: null };
    }
    if (credential.length > MAX_JWT_LENGTH || !JWT_FORMAT.test(credential)) throw new UnauthenticatedError('The access token is invalid.');
    const verified = this.verified.get(credential) ?? (await this.verifyJwt(credential));
    // On every use, cached or not: a session identity ended since must stop working at once.
    const { caller } = verified;
    if (caller.kind === 'user' && caller.sessionId && this.revocations?.has(caller.sessionId)) throw new UnauthenticatedError(SESSION_ENDED);
    return verified;
  }

  /** Checks an access token's signature and claims, and remembers the result until it expires. */
  private async verifyJwt(credential: string): Promise<{ caller: Caller; expiresAt: Date | null }> {
    try {
      const { payload } = await jwtVerify(credential, this.keySet, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['EdDSA'],
        typ: 'at+jwt',
      });
      if (typeof payload.sub !== 'string') throw new UnauthenticatedError('The access token names no user.');
      const sessionId = typeof payload.sid === 'string' ? payload.sid : null;
      const verified = { caller: { kind: 'user' as const, userId: payload.sub, sessionId }, expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null };
      // Identity always sets `exp`; a token without one is checked again every time.
      if (verified.expiresAt) this.verified.set(credential, verified, verified.expiresAt.getTime());
      return verified;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('The access token has expired. Refresh the session.');
      if (error instanceof joseErrors.JOSEError) throw new UnauthenticatedError('The access token is invalid.');
      throw error;
    }
  }
}
