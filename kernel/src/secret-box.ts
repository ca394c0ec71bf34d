import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { EnvError } from './env.js';
import type { Logger } from './logger.js';

const VERSION = 'v1';

/**
 * Encrypts secrets at rest with AES-256-GCM under one 32-byte key. Each value gets a fresh 96-bit
 * nonce and is bound to its row by the associated data (e.g. the row id), so a ciphertext copied
 * into another row does not decrypt. Sealed values look like `v1.<iv>.<tag>.<body>` (base64url).
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The encryption key must be 32 bytes.');
  }

  /** Whether `value` has the shape of a sealed value (not whether it opens). */
  static isSealed(value: string): boolean {
    return value.startsWith(`${VERSION}.`);
  }

  seal(plaintext: string, associatedData: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  /** The plaintext, or null when the value was tampered with, belongs to another row or another key. */
  open(sealed: string, associatedData: string): string | null {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}

/** An environment variable holding a 256-bit key as 64 hex characters or base64 (e.g. `openssl rand -base64 32`). */
export const encryptionKeyVar = z.string().transform((text, ctx) => {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    ctx.addIssue({ code: 'custom', message: 'must be 32 random bytes as 64 hex characters or base64 (e.g. `openssl rand -base64 32`)' });
    return z.NEVER;
  }
  return key;
});

/**
 * The key configured in `variable`. Production refuses to start without one; elsewhere a fixed
 * development key (derived from the owning subgraph's name, so data sealed in development stays
 * readable across versions) keeps `npm start` working, with a warning outside tests, since anyone
 * can derive it.
 */
export function encryptionKeyOrDevelopment(options: { variable: string; key: Buffer | undefined; owner: string; nodeEnv: string; logger: Logger; protects: string }): Buffer {
  const { variable, key, owner, nodeEnv, logger, protects } = options;
  if (key) return key;
  if (nodeEnv === 'production') throw new EnvError([`${variable}: required when NODE_ENV=production`]);
  if (nodeEnv !== 'test') logger.warn('%s is unset: %s are protected with a fixed development key', variable, protects);
  return createHash('sha256').update(`steward ${owner} development key`).digest();
}
