import { z } from 'zod';
import { portVar } from '@steward/kernel';

const jwkJson = z
  .string()
  .transform((text, ctx) => {
    try {
      const value = JSON.parse(text) as Record<string, unknown>;
      if (value.kty !== 'OKP' || value.crv !== 'Ed25519' || typeof value.d !== 'string') throw new Error('not an Ed25519 private JWK');
      return value;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be an Ed25519 private key as a JSON Web Key (kty OKP, crv Ed25519, with d)' });
      return z.NEVER;
    }
  });

/** Variables the identity subgraph reads (in addition to the common ones). */
export const identityEnvShape = {
  IDENTITY_PORT: portVar(4001),
  /** Private Ed25519 JWK to sign access tokens with; generated and persisted when unset. */
  IDENTITY_SIGNING_KEY: jwkJson.optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** argon2id memory in KiB; defaults to 65536 (64 MiB), or 1024 when NODE_ENV=test. */
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).max(4_194_304).optional(),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).max(20).optional(),
  ARGON2_PARALLELISM: z.coerce.number().int().min(1).max(16).optional(),
};
const identityEnv = z.object(identityEnvShape);
export type IdentityEnv = z.infer<typeof identityEnv> & { NODE_ENV: string };
