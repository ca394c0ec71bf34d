import { randomInt } from 'node:crypto';

/** How many backup codes a user gets at once. */
export const BACKUP_CODE_COUNT = 10;
// No 0/1/o/l/i: the codes are read from paper and typed by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A backup code as shown once: `xxxxx-xxxxx`, 10 characters from a 31-letter alphabet (~49 bits). */
export function newBackupCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

// What is stored for a code is MfaSecrets.backupCodeHash: a keyed HMAC, never the code.
