import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Caller, ClientInfo } from './caller.js';

/** Header that carries the gateway's internal token to subgraphs. */
export const INTERNAL_TOKEN_HEADER = 'x-steward-internal-token';
const ISSUER = 'steward-gateway';
const AUDIENCE = 'steward-subgraphs';
/** Internal tokens live just long enough for one gateway request's fan-out. */
const INTERNAL_TOKEN_TTL_SECONDS = 60;

/** What a subgraph learns from a verified internal token. */
export interface InternalIdentity {
  caller: Caller;
  client: ClientInfo;
}

/**
 * Signs and verifies the short-lived HS256 tokens the gateway attaches to every subgraph request,
 * so a subgraph reached directly (without the gateway) refuses to answer.
 */
export class InternalTokenCodec {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The internal token secret must be at least 32 characters.');
    this.key = new TextEncoder().encode(secret);
  }

  async sign(identity: InternalIdentity): Promise<string> {
    const { caller, client } = identity;
    const jwt = new SignJWT({
      kind: caller.kind,
      ...(caller.kind === 'user' ? { sid: caller.sessionId } : {}),
      ...(caller.kind === 'apiKey' ? { org: caller.organizationId } : {}),
      ...(caller.kind === 'service' ? { svc: caller.name } : {}),
      ip: client.ip,
      ua: client.userAgent,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${INTERNAL_TOKEN_TTL_SECONDS}s`);
    if (caller.kind === 'user') jwt.setSubject(caller.userId);
    if (caller.kind === 'apiKey') jwt.setSubject(caller.apiKeyId);
    return jwt.sign(this.key);
  }

  /** Returns the identity, or null when the token is missing, forged or expired. */
  async verify(token: string | undefined | null): Promise<InternalIdentity | null> {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      const client: ClientInfo = {
        ip: typeof payload.ip === 'string' ? payload.ip : null,
        userAgent: typeof payload.ua === 'string' ? payload.ua : null,
      };
      if (payload.kind === 'user' && typeof payload.sub === 'string') {
        return { caller: { kind: 'user', userId: payload.sub, sessionId: typeof payload.sid === 'string' ? payload.sid : null }, client };
      }
      if (payload.kind === 'apiKey' && typeof payload.sub === 'string' && typeof payload.org === 'string') {
        return { caller: { kind: 'apiKey', apiKeyId: payload.sub, organizationId: payload.org }, client };
      }
      if (payload.kind === 'service' && typeof payload.svc === 'string') return { caller: { kind: 'service', name: payload.svc }, client };
      if (payload.kind === 'anonymous') return { caller: { kind: 'anonymous' }, client };
      return null;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }
}
