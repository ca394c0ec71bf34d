import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError, type Caller } from '@steward/kernel';

/** Must match what identity signs (identity's `signing-keys.ts`). */
const ISSUER = 'steward-identity';
const AUDIENCE = 'steward';

/**
 * Turns an `Authorization` header into a caller. No header means anonymous; a header that is
 * present but not a valid, unexpired access token is an UNAUTHENTICATED error, never anonymous.
 */
export class AccessTokenVerifier {
  private readonly keySet: JWTVerifyGetKey;

  constructor(jwksUrl: string) {
    // A token with an unknown key id triggers one refetch (at most every 30 s), so key rotation works.
    this.keySet = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000, timeoutDuration: 5_000 });
  }

  async callerFrom(authorization: string | undefined): Promise<Caller> {
    if (!authorization) return { kind: 'anonymous' };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
    try {
      const { payload } = await jwtVerify(match[1]!, this.keySet, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['EdDSA'],
        typ: 'at+jwt',
      });
      if (typeof payload.sub !== 'string') throw new UnauthenticatedError('The access token names no user.');
      return { kind: 'user', userId: payload.sub, sessionId: typeof payload.sid === 'string' ? payload.sid : null };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('The access token has expired. Refresh the session.');
      if (error instanceof joseErrors.JOSEError) throw new UnauthenticatedError('The access token is invalid.');
      throw error;
    }
  }
}
