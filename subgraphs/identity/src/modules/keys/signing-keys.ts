import type { EntityManager } from '@mikro-orm/core';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import { randomUUID } from 'node:crypto';
import { SigningKeySchema } from './signing-key.entity.js';

/** Issuer and audience of access tokens; the gateway checks both. */
export const ACCESS_TOKEN_ISSUER = 'steward-identity';
export const ACCESS_TOKEN_AUDIENCE = 'steward';
const ALGORITHM = 'EdDSA';

/** Claims carried by an access token. */
export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/**
 * Holds identity's Ed25519 signing key and the public key set. The key comes from the environment
 * (`IDENTITY_SIGNING_KEY`, a private JWK) or is generated on first start and persisted, so tokens
 * survive restarts and every replica signs with a key the JWKS publishes.
 */
export class SigningKeys {
  private constructor(
    private readonly kid: string,
    private readonly privateKey: CryptoKey,
    private readonly publicJwks: JWK[],
  ) {}

  static async load(em: EntityManager, configuredKey: JWK | undefined): Promise<SigningKeys> {
    let active: { kid: string; privateJwk: JWK };
    if (configuredKey) {
      active = { kid: configuredKey.kid ?? 'configured', privateJwk: configuredKey };
    } else {
      const existing = await em.findOne(SigningKeySchema, { retiredAt: null }, { orderBy: { createdAt: 'desc' } });
      if (existing) {
        active = existing;
      } else {
        const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
        const kid = randomUUID();
        const row = em.create(SigningKeySchema, {
          kid,
          publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' },
          privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM },
          createdAt: new Date(),
          retiredAt: null,
        });
        await em.persistAndFlush(row);
        active = row;
      }
    }
    const stored = await em.find(SigningKeySchema, { retiredAt: null }, { orderBy: { createdAt: 'asc' } });
    const publicJwks = stored.map((key) => key.publicJwk);
    if (configuredKey) {
      const { d: _private, ...publicPart } = configuredKey;
      publicJwks.push({ ...publicPart, kid: active.kid, alg: ALGORITHM, use: 'sig' });
    }
    const privateKey = (await importJWK(active.privateJwk, ALGORITHM)) as CryptoKey;
    return new SigningKeys(active.kid, privateKey, publicJwks);
  }

  /** The JSON Web Key Set the gateway verifies access tokens with. */
  jwks(): { keys: JWK[] } {
    return { keys: this.publicJwks };
  }

  /** A token issued at `issuedAt` (the identity clock's now), so both its times come from one clock. */
  async signAccessToken(claims: AccessClaims, issuedAt: Date, expiresAt: Date): Promise<string> {
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.kid, typ: 'at+jwt' })
      .setSubject(claims.userId)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
      .setJti(randomUUID())
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.privateKey);
  }
}
