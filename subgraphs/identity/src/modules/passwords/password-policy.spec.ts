import { describe, expect, it } from 'vitest';
import { PasswordPolicy } from './password-policy.js';

const policy = PasswordPolicy.load();
const reason = (password: string, email = 'ada.lovelace.writer@example.test') => {
  try {
    policy.check(password, email, 'newPassword');
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the password policy', () => {
  it('ships a deny-list of at least 10,000 common passwords', () => {
    expect(policy.deniedCount).toBeGreaterThanOrEqual(10_000);
  });

  it('refuses common passwords whatever their case', () => {
    expect(reason('qwertyuiop123')).toMatch(/commonly used/);
    expect(reason('1QAZ2WSX3EDC')).toMatch(/commonly used/);
  });

  it('refuses the email address and its local part', () => {
    expect(reason('Ada.Lovelace.Writer@example.test')).toMatch(/email/);
    expect(reason('ADA.LOVELACE.WRITER')).toMatch(/email/);
  });

  it('accepts an uncommon passphrase of 12 to 256 characters, and refuses 11 and 257', () => {
    expect(reason('correct horse battery')).toBeNull();
    expect(reason('x'.repeat(11))).toMatch(/at least 12/);
    expect(reason('x'.repeat(256))).toBeNull();
    expect(reason('x'.repeat(257))).toMatch(/at most 256/);
  });
});
