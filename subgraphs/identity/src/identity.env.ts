import { z } from 'zod';
import { encryptionKeyVar, mailEnvShape, portVar } from '@steward/kernel';

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
  /**
   * 32 random bytes (hex or base64) that seal TOTP secrets (AES-256-GCM) and key backup-code hashes
   * (HMAC-SHA256); required in production, a fixed development key otherwise. Changing it makes
   * every enrolled authenticator and backup code unusable.
   */
  IDENTITY_ENCRYPTION_KEY: encryptionKeyVar.optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** argon2id memory in KiB; defaults to 65536 (64 MiB), or 1024 when NODE_ENV=test. */
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).max(4_194_304).optional(),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).max(20).optional(),
  ARGON2_PARALLELISM: z.coerce.number().int().min(1).max(16).optional(),
  /**
   * `open`: anyone may register; `invite`: registration needs an invitation code, except for a
   * PLATFORM_ADMIN_EMAILS address while none of those addresses has a verified account (bootstrap).
   */
  REGISTRATION: z.enum(['open', 'invite']).default('open'),
  /**
   * `true`: no answer tells whether an address has an account. `register` is refused (it answers
   * with tokens or CONFLICT); `requestRegistration` always answers true and mails either a
   * verification link (new address) or a notice (taken address); an unverified account cannot sign in.
   */
  REGISTRATION_ENUMERATION_SAFE: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('false')
    .transform((text) => text === 'true'),
  /** Comma-separated emails of platform admins; an admin must also have verified that email. */
  PLATFORM_ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((text) => text.split(',').map((email) => email.trim().toLowerCase()).filter(Boolean)),
  /** Base URL of the page that finishes a mailed flow; links are `<url>/verify-email?token=…` and `<url>/reset-password?token=…`. */
  PUBLIC_APP_URL: z.string().url().default('http://localhost:4000'),
  /** How long an already-rotated refresh token still returns its session's current tokens (a client's double refresh). */
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(10),
  /** Failed sign-ins (password or second factor) on one account before it is locked. */
  ACCOUNT_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(10),
  /** How long a locked account stays locked. */
  ACCOUNT_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400 * 7).default(1800),
  /** The sliding window an account's failures count in (each failure counts this long); a success or a lapsed lock also clears them. */
  ACCOUNT_LOCKOUT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400 * 30).default(86_400),
  /** Failed sign-ins from one IP address within a sliding LOGIN_IP_WINDOW_SECONDS before it gets RATE_LIMITED. */
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(100_000).default(5),
  /** The sliding window LOGIN_IP_MAX_FAILURES counts over; RATE_LIMITED lasts this long from the failure that reached the limit. */
  LOGIN_IP_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Lifetime of a mailed password-reset link. */
  PASSWORD_RESET_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1800),
  /** Lifetime of a mailed email-verification link. */
  EMAIL_VERIFICATION_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400 * 7).default(86_400),
  ...mailEnvShape,
};
const identityEnv = z.object(identityEnvShape);
export type IdentityEnv = z.infer<typeof identityEnv> & { NODE_ENV: string };
