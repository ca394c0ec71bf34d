import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** API key secrets are `stw_` and 32 random bytes in base64url; the gateway routes Bearer values with this prefix here. */
const PREFIX = 'stw_';
const FORMAT = /^stw_[A-Za-z0-9_-]{43}$/;
const PREVIEW_LENGTH = 8;

export function newApiKeySecret(): { secret: string; hash: string; preview: string } {
  const secret = PREFIX + randomBytes(32).toString('base64url');
  return { secret, hash: hashApiKeySecret(secret), preview: secret.slice(0, PREVIEW_LENGTH) };
}

/** A fast hash is enough: the secret has 256 random bits, nothing to guess. Only this is stored. */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function looksLikeApiKeySecret(value: string): boolean {
  return FORMAT.test(value);
}

/** Compares two hex hashes without revealing where they first differ. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
