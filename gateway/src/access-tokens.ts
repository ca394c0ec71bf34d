import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError, apiKeyVerifyRoute, type Caller, type RouteClient } from '@steward/kernel';

/** Must match what identity signs (identity's `signing-keys.ts`). */
const ISSUER = 'steward-identity';
const AUDIENCE = 'steward';

/** API keys are opaque secrets with this prefix; anything else in a Bearer header is a JWT. */
const API_KEY_PREFIX = 'stw_';

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

  constructor(jwksUrl: string, private readonly apiKeys: ApiKeyVerifier | null) {
    // A token with an unknown key id triggers one refetch (at most every 30 s), so key rotation works.
    this.keySet = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000, timeoutDuration: 5_000 });
  }

  async callerFrom(authorization: string | undefined): Promise<Caller> {
    return (await this.authenticate(authorization)).caller;
  }

  /** Like {@link callerFrom}, plus when the credential stops being valid (null: no expiry known). */
  async authenticate(authorization: string | undefined): Promise<{ caller: Caller; expiresAt: Date | null }> {
    if (!authorization) return { caller: { kind: 'anonymous' }, expiresAt: null };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
    const credential = match[1]!;
    if (credential.startsWith(API_KEY_PREFIX)) {
      if (!this.apiKeys) throw new UnauthenticatedError('API keys are not accepted here.');
      return { caller: await this.apiKeys.callerFor(credential), expiresAt: null };
    }
    try {
      const { payload } = await jwtVerify(credential, this.keySet, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['EdDSA'],
        typ: 'at+jwt',
      });
      if (typeof payload.sub !== 'string') throw new UnauthenticatedError('The access token names no user.');
      return {
        caller: { kind: 'user', userId: payload.sub, sessionId: typeof payload.sid === 'string' ? payload.sid : null },
        expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null,
      };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('The access token has expired. Refresh the session.');
      if (error instanceof joseErrors.JOSEError) throw new UnauthenticatedError('The access token is invalid.');
      throw error;
    }
  }
}
