import { createHmac, hkdfSync } from 'node:crypto';
import { SecretBox } from '@steward/kernel';
import { hashToken } from '../tokens/secret-tokens.js';

/** A backup code as it is compared: without separators, in lower case. */
const normaliseBackupCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The keys that protect second factors at rest, both derived from IDENTITY_ENCRYPTION_KEY (HKDF,
 * one purpose each): TOTP secrets are sealed with AES-256-GCM, bound to their user, and backup codes
 * are stored as HMAC-SHA256. A copy of the database alone then yields neither a TOTP generator nor
 * a backup code list that could be brute-forced offline (the codes have ~49 bits).
 */
export class MfaSecrets {
  private readonly totpBox: SecretBox;
  private readonly backupCodeKey: Buffer;

  constructor(masterKey: Buffer) {
    const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `steward identity ${purpose}`, 32));
    this.totpBox = new SecretBox(derive('totp secrets'));
    this.backupCodeKey = derive('backup codes');
  }

  sealTotpSecret(secret: string, userId: string): string {
    return this.totpBox.seal(secret, `totp:${userId}`);
  }

  /**
   * The base32 secret of a stored value. A value that is not sealed is a plaintext secret written
   * before sealing existed (a replica of the previous release, or a row not yet upgraded at start).
   */
  openTotpSecret(stored: string, userId: string): string | null {
    if (!SecretBox.isSealed(stored)) return stored;
    return this.totpBox.open(stored, `totp:${userId}`);
  }

  /** What is stored for a backup code: its HMAC-SHA256 under a key the database does not hold. */
  backupCodeHash(code: string): string {
    return createHmac('sha256', this.backupCodeKey).update(normaliseBackupCode(code)).digest('hex');
  }

  /** The unkeyed hash backup codes had before (SHA-256 of `backup:<code>`), still accepted for rows not yet replaced. */
  legacyBackupCodeHash(code: string): string {
    return hashToken(`backup:${normaliseBackupCode(code)}`);
  }
}
