import { readFileSync } from 'node:fs';
import { BadUserInputError } from '@steward/kernel';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Loads `common-passwords.txt` (beside this file) into a lower-cased set. */
function loadCommonPasswords(): Set<string> {
  const text = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8');
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.toLowerCase()),
  );
}

/**
 * The password rules (NIST SP 800-63B style: length and a deny-list, no composition rules):
 * 12 to 256 characters, not one of the most common passwords (case-insensitively), and not the
 * account's email address or its local part.
 */
export class PasswordPolicy {
  private constructor(private readonly common: ReadonlySet<string>) {}

  static load(): PasswordPolicy {
    return new PasswordPolicy(loadCommonPasswords());
  }

  /** How many passwords the deny-list holds. */
  get deniedCount(): number {
    return this.common.size;
  }

  /** Throws BAD_USER_INPUT naming `field` when the password breaks a rule. */
  check(password: string, email: string, field: string): void {
    const fail = (message: string) => {
      throw new BadUserInputError(field, `${field}: ${message}`);
    };
    if (password.length < PASSWORD_MIN_LENGTH) fail(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
    if (password.length > PASSWORD_MAX_LENGTH) fail(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
    const lower = password.trim().toLowerCase();
    if (this.common.has(lower)) fail('is one of the most commonly used passwords; choose another');
    const normalisedEmail = email.trim().toLowerCase();
    const localPart = normalisedEmail.split('@')[0] ?? '';
    if (lower === normalisedEmail || lower === localPart) fail('must not be your email address');
  }
}
