import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { JWK } from 'jose';

/** An Ed25519 key pair identity signs access tokens with; the public half is published in the JWKS. */
export const SigningKeySchema = defineEntity({
  name: 'SigningKey',
  tableName: 'signing_keys',
  properties: (p) => ({
    kid: p.string().primary(),
    publicJwk: p.json<JWK>(),
    privateJwk: p.json<JWK>().hidden(),
    createdAt: p.datetime(),
    retiredAt: p.datetime().nullable(),
  }),
});
export type SigningKey = InferEntity<typeof SigningKeySchema>;
