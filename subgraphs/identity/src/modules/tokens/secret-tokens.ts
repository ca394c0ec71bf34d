import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefixes tell a leaked secret's kind at a glance (and let secret scanners find them). */
export const TokenPrefix = {
  refresh: 'srt_',
  passwordReset: 'spr_',
  emailVerification: 'sev_',
  invitation: 'sinv_',
} as const;

/** A new random token: the prefix and 32 random bytes in base64url (256 bits). */
export function newSecretToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** The only form in which a token is stored: its SHA-256 in hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two secrets (or their hashes) without leaking the position of the first difference. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // Lengths of our secrets are public (fixed formats), so an early return on length leaks nothing.
  return left.length === right.length && timingSafeEqual(left, right);
}

function keyFrom(token: string): Buffer {
  return createHash('sha256').update(`steward-sealed-by:${token}`).digest();
}

/**
 * Encrypts `secret` (AES-256-GCM) under a key derived from `token`, so only someone who presents
 * `token` can read it back; the database alone cannot.
 */
export function sealWithToken(token: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(token), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

/** The inverse of {@link sealWithToken}; null when the token does not open the seal. */
export function unsealWithToken(token: string, sealed: string): string | null {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(token), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
