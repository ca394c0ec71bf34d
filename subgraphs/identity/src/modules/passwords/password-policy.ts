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

/** Digits and symbols people put around a word to pass a length or composition rule. */
const PADDING = /^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu;
/** Units of at most this many characters, repeated, make a password a pattern whatever the unit is. */
const SHORT_UNIT = 4;
const ALPHABETS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz'];

/** The shortest period of `text` (a unit that, repeated, makes it), or its length when it has none. */
function period(text: string): number {
  for (let p = 1; p <= text.length / 2; p += 1) {
    let repeats = true;
    for (let i = p; i < text.length && repeats; i += 1) repeats = text[i] === text[i - p];
    if (repeats) return p;
  }
  return text.length;
}

/** Whether `text` runs up or down one alphabet a step at a time (`123456789012`, `lkjihgfedcba`), wrapping around. */
function isSequence(text: string): boolean {
  if (text.length < 3) return false;
  for (const alphabet of ALPHABETS) {
    const positions = [...text].map((char) => alphabet.indexOf(char));
    if (positions.some((position) => position < 0)) continue;
    const step = (positions[1]! - positions[0]! + alphabet.length) % alphabet.length;
    if (step !== 1 && step !== alphabet.length - 1) continue;
    if (positions.every((position, i) => i === 0 || (position - positions[i - 1]! + alphabet.length) % alphabet.length === step)) return true;
  }
  return false;
}

/**
 * The password rules (NIST SP 800-63B style: length and a deny-list, no composition rules):
 * 12 to 256 characters; not one of the most common passwords (case-insensitively), nor one with
 * digits and symbols stuck on either end (`Password1234!`), nor a listed one repeated
 * (`dragondragon`); not a repetition of a short unit (`abcabcabcabc`) or a run of one alphabet
 * (`123456789012`); and not the account's email address or its local part. The list has few entries
 * of 12+ characters, so without the variants it would hardly ever apply.
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
    const core = lower.replace(PADDING, '');
    if (core !== lower && this.common.has(core)) fail('is a commonly used password with digits or symbols added; choose another');
    for (const candidate of new Set([lower, core])) {
      if (candidate.length === 0) continue;
      const unit = period(candidate);
      if (unit <= SHORT_UNIT && unit < candidate.length) fail('repeats a few characters over and over; choose another');
      if (isSequence(candidate)) fail('is a run of consecutive letters or digits; choose another');
      if (unit < candidate.length && candidate.length % unit === 0) {
        const repeated = candidate.slice(0, unit);
        if (this.common.has(repeated) || this.common.has(repeated.replace(PADDING, ''))) fail('is a commonly used password repeated; choose another');
      }
    }
    const normalisedEmail = email.trim().toLowerCase();
    const localPart = normalisedEmail.split('@')[0] ?? '';
    if (lower === normalisedEmail || lower === localPart) fail('must not be your email address');
  }
}
