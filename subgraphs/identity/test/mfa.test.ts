import { createHash } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfirmTotpDocument,
  DisableTotpDocument,
  EnrollTotpDocument,
  LoginDocument,
  MySecurityDocument,
  RegenerateBackupCodesDocument,
} from '@steward/client';
import { seed, startTestStack, type SeededUser, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  // A low threshold keeps the lockout cases short, and the two-second lock is let pass on the stack's
  // clock; the address limit is out of the way.
  stack = await startTestStack({ ACCOUNT_LOCKOUT_THRESHOLD: '3', ACCOUNT_LOCKOUT_SECONDS: '2', LOGIN_IP_MAX_FAILURES: '1000' });
});
afterAll(async () => {
  await stack?.stop();
});

/** A user with TOTP on: the authenticator (an independent RFC 6238 implementation) and the backup codes. */
interface MfaUser extends SeededUser {
  totp: OTPAuth.TOTP;
  backupCodes: string[];
  /** The step the confirming code came from; later sign-ins need later steps. */
  confirmedStep: number;
}

/** The TOTP step identity is at: it reads the stack's clock, which tests advance. */
const step = () => Math.floor(stack.clock().getTime() / 30_000);
const codeAt = (totp: OTPAuth.TOTP, atStep: number) => totp.generate({ timestamp: atStep * 30_000 + 1 });

async function userWithTotp(): Promise<MfaUser> {
  const user = await seed(stack).user();
  const enrolled = await stack.request(EnrollTotpDocument, {}, { token: user.accessToken });
  expect(enrolled.errors).toBeUndefined();
  const totp = OTPAuth.URI.parse(enrolled.data!.enrollTotp.otpauthUri) as OTPAuth.TOTP;
  const confirmedStep = step();
  const confirmed = await stack.request(ConfirmTotpDocument, { code: codeAt(totp, confirmedStep) }, { token: user.accessToken });
  expect(confirmed.errors).toBeUndefined();
  return { ...user, totp, backupCodes: confirmed.data!.confirmTotp, confirmedStep };
}

const login = (user: SeededUser, extra: { totpCode?: string; backupCode?: string } = {}) =>
  stack.request(LoginDocument, { input: { email: user.email, password: user.password, ...extra } });
const sessionCount = async (userId: string) =>
  Number((await stack.database.query<{ n: string }>('select count(*) as n from identity.sessions where user_id = $1', [userId]))[0]!.n);

describe('turning on two-step sign-in', () => {
  it('enrols with a secret and an otpauth URI an authenticator app accepts, and confirms with its code', async () => {
    const user = await seed(stack).user();
    const enrolled = (await stack.request(EnrollTotpDocument, {}, { token: user.accessToken })).data!.enrollTotp;
    expect(enrolled.secret).toMatch(/^[A-Z2-7]{32}$/);
    const totp = OTPAuth.URI.parse(enrolled.otpauthUri) as OTPAuth.TOTP;
    expect(totp.secret.base32).toBe(enrolled.secret);
    expect(totp.issuer).toBe('Steward');
    expect(totp.label).toBe(user.email);
    // Nothing changes before confirmation.
    expect((await login(user)).errors).toBeUndefined();

    const wrong = await stack.request(ConfirmTotpDocument, { code: codeAt(totp, step() + 5) }, { token: user.accessToken });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const confirmed = await stack.request(ConfirmTotpDocument, { code: codeAt(totp, step()) }, { token: user.accessToken });
    const codes = confirmed.data!.confirmTotp;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect((await stack.request(MySecurityDocument, {}, { token: user.accessToken })).data!.me?.mfaEnabled).toBe(true);
    // A second enrolment while on is a conflict.
    expect((await stack.request(EnrollTotpDocument, {}, { token: user.accessToken })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('stores backup codes as hashes only', async () => {
    const user = await userWithTotp();
    const rows = await stack.database.query<{ code_hash: string }>('select code_hash from identity.backup_codes where user_id = $1', [user.id]);
    expect(rows).toHaveLength(10);
    const stored = JSON.stringify(rows);
    for (const code of user.backupCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
      // Keyed: not the plain SHA-256 anyone could compute (and brute-force over ~49 bits) from a database copy.
      expect(stored).not.toContain(createHash('sha256').update(`backup:${code.replace('-', '')}`).digest('hex'));
    }
    const keyed = await stack.database.query<{ keyed: boolean }>('select keyed from identity.backup_codes where user_id = $1', [user.id]);
    expect(keyed.every((row) => row.keyed === true)).toBe(true);
  });

  it('counts wrong confirmation codes towards the account lockout, and a right one forgives none of them', async () => {
    const user = await seed(stack).user();
    const totp = OTPAuth.URI.parse((await stack.request(EnrollTotpDocument, {}, { token: user.accessToken })).data!.enrollTotp.otpauthUri) as OTPAuth.TOTP;
    const confirm = (code: string) => stack.request(ConfirmTotpDocument, { code }, { token: user.accessToken });
    const wrong = codeAt(totp, step() + 5);
    // One failed sign-in, then a right confirmation: the failure still counts (threshold 3 here).
    expect((await login({ ...user, password: 'not the passphrase at all' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await confirm(wrong)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((await confirm(wrong)).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    expect((await confirm(codeAt(totp, step()))).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    expect((await login(user)).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    const failures = await stack.database.query("select 1 from identity.audit_events where user_id = $1 and type = 'LOGIN_FAILED' and details->>'field' = 'code'", [user.id]);
    expect(failures).toHaveLength(2);

    // Someone else's right confirmation after a failed sign-in: the next two failures still lock.
    const other = await seed(stack).user();
    const otherTotp = OTPAuth.URI.parse((await stack.request(EnrollTotpDocument, {}, { token: other.accessToken })).data!.enrollTotp.otpauthUri) as OTPAuth.TOTP;
    expect((await login({ ...other, password: 'not the passphrase at all' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.request(ConfirmTotpDocument, { code: codeAt(otherTotp, step()) }, { token: other.accessToken })).errors).toBeUndefined();
    expect((await login({ ...other, password: 'not the passphrase at all' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login({ ...other, password: 'not the passphrase at all' })).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
  });

  it('stores the TOTP secret sealed, not in plain text', async () => {
    const user = await seed(stack).user();
    const { secret } = (await stack.request(EnrollTotpDocument, {}, { token: user.accessToken })).data!.enrollTotp;
    const [row] = await stack.database.query<{ secret: string }>('select secret from identity.totp_credentials where user_id = $1', [user.id]);
    expect(row!.secret).toMatch(/^v1\./);
    expect(row!.secret).not.toContain(secret);
    // A sealed secret copied onto another user's row does not open there: that user cannot sign in with it.
    const other = await userWithTotp();
    await stack.database.query('update identity.totp_credentials set secret = $1 where user_id = $2', [row!.secret, other.id]);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    const res = await login(other, { totpCode: codeAt(totp, other.confirmedStep + 1) });
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('keeps credentials from before sealing working: a plaintext TOTP secret and unkeyed backup codes', async () => {
    const user = await userWithTotp();
    // Rows as the previous release wrote them.
    await stack.database.query('update identity.totp_credentials set secret = $1 where user_id = $2', [user.totp.secret.base32, user.id]);
    const legacyCode = 'abcde-fghjk';
    await stack.database.query('update identity.backup_codes set code_hash = $1, keyed = false where id = (select id from identity.backup_codes where user_id = $2 limit 1)', [
      createHash('sha256').update(`backup:${legacyCode.replace('-', '')}`).digest('hex'),
      user.id,
    ]);
    expect((await login(user, { totpCode: codeAt(user.totp, user.confirmedStep + 1) })).errors).toBeUndefined();
    expect((await login(user, { backupCode: legacyCode })).errors).toBeUndefined();
    expect((await login(user, { backupCode: legacyCode })).errors?.[0]?.extensions?.code).toBe('MFA_REQUIRED');
  });
});

describe('signing in with two-step sign-in on', () => {
  it('answers MFA_REQUIRED without a code, and signs in with a current one', async () => {
    const user = await userWithTotp();
    const before = await sessionCount(user.id);
    const missing = await login(user);
    expect(missing.data).toBeNull();
    expect(missing.errors?.[0]?.extensions).toEqual({ code: 'MFA_REQUIRED' });
    expect(await sessionCount(user.id)).toBe(before);
    const ok = await login(user, { totpCode: codeAt(user.totp, user.confirmedStep + 1) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.login.user.id).toBe(user.id);
  });

  it('refuses a TOTP code replayed within its window, and an older one', async () => {
    const user = await userWithTotp();
    const code = codeAt(user.totp, user.confirmedStep + 1);
    expect((await login(user, { totpCode: code })).errors).toBeUndefined();
    const replay = await login(user, { totpCode: code });
    expect(replay.errors?.[0]?.extensions?.code).toBe('MFA_REQUIRED');
    expect(replay.errors?.[0]?.message).toMatch(/already used/);
    // The confirming code is spent too.
    expect((await login(user, { totpCode: codeAt(user.totp, user.confirmedStep) })).errors?.[0]?.extensions?.code).toBe('MFA_REQUIRED');
  });

  it('lets only one of two parallel sign-ins with the same TOTP code through', async () => {
    const user = await userWithTotp();
    const code = codeAt(user.totp, user.confirmedStep + 1);
    const results = await Promise.all([login(user, { totpCode: code }), login(user, { totpCode: code })]);
    expect(results.filter((r) => r.data?.login)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'MFA_REQUIRED')).toHaveLength(1);
  });

  it('accepts each backup code once', async () => {
    const user = await userWithTotp();
    const [code] = user.backupCodes;
    expect((await login(user, { backupCode: code!.toUpperCase() })).errors).toBeUndefined();
    const reuse = await login(user, { backupCode: code });
    expect(reuse.errors?.[0]?.extensions?.code).toBe('MFA_REQUIRED');
    expect((await login(user, { backupCode: user.backupCodes[1] })).errors).toBeUndefined();
  });

  it('counts wrong codes towards the account lockout, which lifts after the configured time', async () => {
    const user = await userWithTotp();
    const wrong = await Promise.all([1, 2].map(() => login(user, { totpCode: '000000' })));
    for (const res of wrong) expect(res.errors?.[0]?.extensions?.code).toBe('MFA_REQUIRED');
    const third = await login(user, { backupCode: 'wrong-guess' });
    expect(third.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    const unlocksAt = Date.parse(third.errors![0]!.extensions!.unlocksAt as string);
    expect(unlocksAt - stack.clock().getTime()).toBeGreaterThan(0);
    expect(unlocksAt - stack.clock().getTime()).toBeLessThanOrEqual(2000);
    // Even the right code is refused while locked.
    expect((await login(user, { backupCode: user.backupCodes[0] })).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    // The lock's two seconds pass on identity's clock.
    stack.clock.advance(Math.max(0, unlocksAt - stack.clock().getTime()) + 100);
    expect((await login(user, { backupCode: user.backupCodes[0] })).errors).toBeUndefined();
  });

  it('gives a missing code back: asking for it repeatedly never locks the account', async () => {
    const user = await userWithTotp();
    for (let i = 0; i < 4; i += 1) expect((await login(user)).errors?.[0]?.extensions?.code).toBe('MFA_REQUIRED');
    expect((await login(user, { totpCode: codeAt(user.totp, user.confirmedStep + 1) })).errors).toBeUndefined();
  });
});

describe('turning two-step sign-in off and replacing backup codes', () => {
  it('needs the password and a code to turn it off; then sign-in needs the password only', async () => {
    const user = await userWithTotp();
    const badPassword = await stack.request(DisableTotpDocument, { password: 'not the password!', code: user.backupCodes[0]! }, { token: user.accessToken });
    expect(badPassword.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const badCode = await stack.request(DisableTotpDocument, { password: user.password, code: '123456' }, { token: user.accessToken });
    expect(badCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const ok = await stack.request(DisableTotpDocument, { password: user.password, code: user.backupCodes[0]! }, { token: user.accessToken });
    expect(ok.data).toEqual({ disableTotp: true });
    expect((await login(user)).errors).toBeUndefined();
    expect((await stack.request(MySecurityDocument, {}, { token: user.accessToken })).data!.me?.mfaEnabled).toBe(false);
    const codesLeft = await stack.database.query('select 1 from identity.backup_codes where user_id = $1', [user.id]);
    expect(codesLeft).toHaveLength(0);
  });

  it('replaces the backup codes with a current TOTP code; the old ones stop working', async () => {
    const user = await userWithTotp();
    const refused = await stack.request(RegenerateBackupCodesDocument, { code: '000000' }, { token: user.accessToken });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const res = await stack.request(RegenerateBackupCodesDocument, { code: codeAt(user.totp, user.confirmedStep + 1) }, { token: user.accessToken });
    const fresh = res.data!.regenerateBackupCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.some((code) => user.backupCodes.includes(code))).toBe(false);
    expect((await login(user, { backupCode: user.backupCodes[2] })).errors?.[0]?.extensions?.code).toBe('MFA_REQUIRED');
    expect((await login(user, { backupCode: fresh[0] })).errors).toBeUndefined();
  });
});
