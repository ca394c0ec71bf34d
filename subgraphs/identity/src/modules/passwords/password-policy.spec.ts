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
    expect(reason('correct horse battery staple '.repeat(9).slice(0, 256))).toBeNull();
    expect(reason('x'.repeat(257))).toMatch(/at most 256/);
  });

  it('refuses a listed password with digits or symbols added at either end', () => {
    expect(reason('iloveyou1234')).toMatch(/digits or symbols added/);
    expect(reason('Password1234!')).toMatch(/digits or symbols added/);
    expect(reason('!!2024Sunshine##')).toMatch(/digits or symbols added/);
  });

  it('refuses a listed password repeated', () => {
    expect(reason('dragondragon')).toMatch(/repeated/);
    expect(reason('Monkey1Monkey1Monkey1')).toMatch(/repeated/);
  });

  it('refuses repetitions of a short unit and runs of one alphabet', () => {
    expect(reason('111111111111')).toMatch(/repeats/);
    expect(reason('abcabcabcabc')).toMatch(/repeats/);
    expect(reason('xyxyxyxyxyxy!')).toMatch(/repeats/);
    expect(reason('567890123456')).toMatch(/consecutive/);
    expect(reason('ZYXWVUTSRQPONM')).toMatch(/consecutive/);
  });

  it('still accepts passphrases that merely contain a listed word, digits or a repeat', () => {
    expect(reason('dragon in the 1234 garden')).toBeNull();
    expect(reason('830194627158')).toBeNull();
    expect(reason('tulip quartz')).toBeNull();
    expect(reason('my password is long and odd 42')).toBeNull();
  });
});
