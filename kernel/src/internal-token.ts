import { SignJWT, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import { webcrypto } from 'node:crypto';
import type { Caller, ClientInfo } from './caller.js';
import { systemClock, type Clock } from './clock.js';

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

/** Options of {@link InternalTokenCodec}. */
export interface InternalTokenOptions {
  /** The time tokens are signed at and checked against (the system clock by default). */
  clock?: Clock;
  /** How many verified tokens are remembered at most (1,000 by default); the least recently used go first. */
  maxVerified?: number;
}

/** A token verified once: what it says, and the second (`exp`) from which it no longer counts. */
interface Verified {
  identity: InternalIdentity;
  expiresAt: number;
}

/**
 * Signs and verifies the short-lived HS256 tokens the gateway attaches to every subgraph request,
 * so a subgraph reached directly (without the gateway) refuses to answer.
 */
export class InternalTokenCodec {
  /**
   * Imported once: handed raw bytes, jose imports a key on every sign and verify, and every subgraph
   * verifies a token on every request.
   */
  private readonly key: Promise<webcrypto.CryptoKey>;
  private readonly clock: Clock;
  /**
   * Tokens already verified, by their whole text (signature included, so a forged token never
   * matches one). The gateway reuses a caller's token for many requests, and each request reaches
   * several subgraphs: the HMAC check and the JWT parsing ran for every one of them.
   */
  private readonly verified: LRUCache<string, Verified>;

  constructor(secret: string, options: InternalTokenOptions = {}) {
    if (secret.length < 32) throw new Error('The internal token secret must be at least 32 characters.');
    this.key = webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    this.clock = options.clock ?? systemClock;
    this.verified = new LRUCache({ max: Math.max(1, options.maxVerified ?? 1000) });
  }

  /** The clock's time in whole seconds, as JWT `iat` and `exp` count it. */
  private nowSeconds(): number {
    return Math.floor(this.clock().getTime() / 1000);
  }

  async sign(identity: InternalIdentity): Promise<string> {
    const { caller, client } = identity;
    const now = this.nowSeconds();
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
      .setIssuedAt(now)
      .setExpirationTime(now + INTERNAL_TOKEN_TTL_SECONDS);
    if (caller.kind === 'user') jwt.setSubject(caller.userId);
    if (caller.kind === 'apiKey') jwt.setSubject(caller.apiKeyId);
    return jwt.sign(await this.key);
  }

  /**
   * Returns the identity, or null when the token is missing, forged or expired. A token verified
   * before is answered from memory until its expiry (jose's rule: expired from the `exp` second on).
   */
  async verify(token: string | undefined | null): Promise<InternalIdentity | null> {
    if (!token) return null;
    const known = this.verified.get(token);
    if (known) {
      if (this.nowSeconds() < known.expiresAt) return known.identity;
      this.verified.delete(token);
      return null;
    }
    return this.verifyAfresh(token);
  }

  private async verifyAfresh(token: string): Promise<InternalIdentity | null> {
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: this.clock() });
      const identity = identityOf(payload);
      // Tokens signed here always carry `exp`; one without it is verified every time, as before.
      if (identity && typeof payload.exp === 'number') this.verified.set(token, { identity, expiresAt: payload.exp });
      return identity;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }
}

/** The identity a verified token's claims describe, or null when they describe none. */
function identityOf(payload: JWTPayload): InternalIdentity | null {
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
}

/**
 * One identity's internal token, signed once and reused while more than half of its life is left:
 * for callers that send many requests as the same identity (a service, a live subscription).
 */
export class ReusableInternalToken {
  private current: { token: Promise<string>; renewAt: number } | null = null;

  constructor(private readonly codec: InternalTokenCodec, private readonly identity: InternalIdentity) {}

  get(): Promise<string> {
    const now = Date.now();
    if (!this.current || now >= this.current.renewAt) {
      this.current = { token: this.codec.sign(this.identity), renewAt: now + (INTERNAL_TOKEN_TTL_SECONDS * 1000) / 2 };
    }
    return this.current.token;
  }
}

/**
 * Calls another Steward process's internal routes (`/internal/...`) as the service `name`: each
 * request carries that service's internal token and gives up after 5 s. A non-2xx answer is the
 * caller's to interpret.
 */
export class ServiceClient {
  private readonly token: ReusableInternalToken;

  constructor(internalTokens: InternalTokenCodec, readonly name: string) {
    this.token = new ReusableInternalToken(internalTokens, { caller: { kind: 'service', name }, client: { ip: null, userAgent: null } });
  }

  async fetch(url: URL | string, init: { method?: 'GET' | 'POST'; json?: unknown } = {}): Promise<Response> {
    const headers: Record<string, string> = { [INTERNAL_TOKEN_HEADER]: await this.token.get() };
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    return fetch(url, {
      method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      signal: AbortSignal.timeout(5000),
    });
  }
}
