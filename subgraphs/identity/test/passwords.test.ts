import argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@steward/kernel/testing';
import {
  ChangePasswordDocument,
  LoginDocument,
  MySecurityDocument,
  RefreshSessionDocument,
  RequestEmailVerificationDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SessionsDocument,
  VerifyEmailDocument,
} from '@steward/client';
import {
  deliveredOutboxRows,
  latestMail,
  readMails,
  seed,
  startFakeSmtpServer,
  startTestStack,
  uniqueEmail,
  type FakeSmtpServer,
  type TestStack,
} from '@steward/standalone/testing';

let stack: TestStack;
let smtp: FakeSmtpServer;
beforeAll(async () => {
  // Mail goes through the real SMTP transport to a local fake server, and tests read it there.
  smtp = await startFakeSmtpServer();
  stack = await startTestStack({ PUBLIC_APP_URL: 'https://steward.example.test/app' }, { smtp });
});
afterAll(async () => {
  await stack?.stop();
  await smtp?.close();
});

const login = (email: string, password: string) => stack.request(LoginDocument, { input: { email, password } });
const tokenRow = (tokenHashOf: string) =>
  stack.database.query<{ created_at: Date; expires_at: Date; used_at: Date | null; token_hash: string }>(
    "select created_at, expires_at, used_at, token_hash from identity.one_time_tokens where token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')",
    [tokenHashOf],
  );

describe('changing the password', () => {
  it('replaces the password, signs out the other sessions, keeps this one and mails a notice', async () => {
    const user = await seed(stack).user();
    const other = (await login(user.email, user.password)).data!.login;
    const res = await stack.request(ChangePasswordDocument, { currentPassword: user.password, newPassword: 'a brand new passphrase' }, { token: user.accessToken });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ changePassword: true });

    expect((await login(user.email, user.password)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(user.email, 'a brand new passphrase')).errors).toBeUndefined();
    expect((await stack.request(RefreshSessionDocument, { refreshToken: other.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const mine = await stack.request(SessionsDocument, {}, { token: user.accessToken });
    expect(mine.data!.sessions.find((s) => s.current)).toBeDefined();
    expect((await latestMail(stack, user.email, /password was changed/)).text).toMatch(/signed out/);
  });

  it('refuses a wrong current password, naming the argument, and changes nothing', async () => {
    const user = await seed(stack).user();
    const res = await stack.request(ChangePasswordDocument, { currentPassword: 'not my password at all', newPassword: 'a brand new passphrase' }, { token: user.accessToken });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await login(user.email, user.password)).errors).toBeUndefined();
  });

  it('refuses a common password, the email address, and a too-short one as the new password', async () => {
    const user = await seed(stack).user();
    for (const [newPassword, message] of [
      ['QWERTYUIOP123', /commonly used/],
      [user.email.toUpperCase(), /email/],
      ['short', /at least 12/],
    ] as const) {
      const res = await stack.request(ChangePasswordDocument, { currentPassword: user.password, newPassword }, { token: user.accessToken });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect(res.errors?.[0]?.message).toMatch(message);
    }
  });

  it('refuses to change the password without a signed-in session', async () => {
    const res = await stack.request(ChangePasswordDocument, { currentPassword: 'whatever it is', newPassword: 'a brand new passphrase' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('resetting a forgotten password', () => {
  it('mails a single-use 30-minute link, sets the new password and signs out every session', async () => {
    const user = await seed(stack).user();
    const res = await stack.request(RequestPasswordResetDocument, { email: user.email.toUpperCase() });
    expect(res.data).toEqual({ requestPasswordReset: true });
    const mail = await latestMail(stack, user.email, /Reset your Steward password/);
    expect(mail.text).toContain('https://steward.example.test/app/reset-password?token=spr_');
    const token = mail.token!;
    const [row] = await tokenRow(token);
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Date(row!.expires_at).getTime() - new Date(row!.created_at).getTime()).toBe(30 * 60_000);

    const reset = await stack.request(ResetPasswordDocument, { token, newPassword: 'my recovered passphrase' });
    expect(reset.errors).toBeUndefined();
    expect(reset.data).toEqual({ resetPassword: true });
    expect((await login(user.email, 'my recovered passphrase')).errors).toBeUndefined();
    expect((await login(user.email, user.password)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.request(RefreshSessionDocument, { refreshToken: user.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const again = await stack.request(ResetPasswordDocument, { token, newPassword: 'a third passphrase here' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await login(user.email, 'my recovered passphrase')).errors).toBeUndefined();
  });

  it('lets exactly one of two concurrent resets with the same token win', async () => {
    const user = await seed(stack).user();
    await stack.request(RequestPasswordResetDocument, { email: user.email });
    const { token } = await latestMail(stack, user.email, /Reset/);
    const results = await Promise.all(
      ['first racing passphrase', 'second racing passphrase'].map((newPassword) => stack.request(ResetPasswordDocument, { token: token!, newPassword })),
    );
    expect(results.filter((r) => r.data?.resetPassword === true)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.field === 'token')).toHaveLength(1);
  });

  it('refuses an expired reset token', async () => {
    const user = await seed(stack).user();
    await stack.request(RequestPasswordResetDocument, { email: user.email });
    const { token } = await latestMail(stack, user.email, /Reset/);
    // Thirty minutes pass.
    stack.clock.advance(30 * 60_000 + 1000);
    const res = await stack.request(ResetPasswordDocument, { token: token!, newPassword: 'too late passphrase' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await login(user.email, user.password)).errors).toBeUndefined();
  });

  it('keeps the link usable when the new password breaks the policy', async () => {
    const user = await seed(stack).user();
    await stack.request(RequestPasswordResetDocument, { email: user.email });
    const { token } = await latestMail(stack, user.email, /Reset/);
    const weak = await stack.request(ResetPasswordDocument, { token: token!, newPassword: '1qaz2wsx3edc' });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await stack.request(ResetPasswordDocument, { token: token!, newPassword: 'a strong passphrase now' })).data).toEqual({ resetPassword: true });
  });

  it('answers a known and an unknown email identically, and mails only the known one', async () => {
    const user = await seed(stack).user();
    const unknown = uniqueEmail('nobody');
    const finished = () => stack.logLines.filter((line) => line.includes('Password reset request handled')).length;
    const before = finished();
    const known = await stack.request(RequestPasswordResetDocument, { email: user.email });
    const stranger = await stack.request(RequestPasswordResetDocument, { email: unknown });
    expect(stranger).toEqual(known);
    await latestMail(stack, user.email, /Reset/);
    // Both jobs have run to the end (identity logs each one): the unknown address's wrote nothing.
    await eventually(finished, (count) => count >= before + 2, 'both reset-request jobs to finish');
    expect(await readMails(stack, unknown, { atLeast: 0 })).toEqual([]);
  });

  it('delivers the outbox through SMTP when SMTP_URL is set', async () => {
    const user = await seed(stack).user();
    await stack.request(RequestPasswordResetDocument, { email: user.email });
    const mail = await latestMail(stack, user.email, /Reset/);
    const delivery = smtp.deliveries.find((d) => d.to.includes(user.email));
    expect(delivery?.data).toMatch(/Subject: Reset your Steward password/);
    expect(mail.text).toContain(`https://steward.example.test/app/reset-password?token=${mail.token}`);
    const [row] = await deliveredOutboxRows(stack, 'identity', user.email);
    expect(row!.sent_at).not.toBeNull();
  });

  it('keeps no token in the outbox once a mail is delivered, only who it went to and when', async () => {
    const user = await seed(stack).user();
    await stack.request(RequestPasswordResetDocument, { email: user.email });
    await stack.request(RequestEmailVerificationDocument, {}, { token: user.accessToken });
    const reset = await latestMail(stack, user.email, /Reset/);
    const verification = await latestMail(stack, user.email, /Confirm your email/);
    const rows = await deliveredOutboxRows(stack, 'identity', user.email);
    expect(rows.map((row) => row.subject).sort()).toEqual([reset.subject, verification.subject].sort());
    expect(rows.every((row) => row.sent_at && row.body === '')).toBe(true);
    const everything = JSON.stringify(await stack.database.query('select * from identity.mail_outbox'));
    expect(everything).not.toContain(reset.token!);
    expect(everything).not.toContain(verification.token!);
  });
});

describe('verifying the email address', () => {
  it('verifies with the mailed 24-hour link, once', async () => {
    const user = await seed(stack).user();
    expect((await stack.request(RequestEmailVerificationDocument, {}, { token: user.accessToken })).data).toEqual({ requestEmailVerification: true });
    const mail = await latestMail(stack, user.email, /Confirm your email/);
    expect(mail.token).toMatch(/^sev_/);
    const [row] = await tokenRow(mail.token!);
    expect(new Date(row!.expires_at).getTime() - new Date(row!.created_at).getTime()).toBe(24 * 3_600_000);

    expect((await stack.request(VerifyEmailDocument, { token: mail.token! })).data).toEqual({ verifyEmail: true });
    expect((await stack.request(MySecurityDocument, {}, { token: user.accessToken })).data!.me?.emailVerified).toBe(true);
    const again = await stack.request(VerifyEmailDocument, { token: mail.token! });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuses an expired or unknown verification token and leaves the address unverified', async () => {
    const user = await seed(stack).user();
    await stack.request(RequestEmailVerificationDocument, {}, { token: user.accessToken });
    const { token } = await latestMail(stack, user.email, /Confirm your email/);
    // A day passes.
    stack.clock.advance(24 * 3_600_000 + 1000);
    expect((await stack.request(VerifyEmailDocument, { token: token! })).errors?.[0]?.extensions?.field).toBe('token');
    expect((await stack.request(VerifyEmailDocument, { token: 'sev_made-up' })).errors?.[0]?.extensions?.field).toBe('token');
    expect((await stack.request(MySecurityDocument, {}, { token: user.accessToken })).data!.me?.emailVerified).toBe(false);
  });
});

describe('password hashes', () => {
  it('re-hashes with the configured argon2 parameters when a sign-in finds older ones', async () => {
    const user = await seed(stack).user();
    const legacy = await argon2.hash(user.password, { type: argon2.argon2id, memoryCost: 2048, timeCost: 2, parallelism: 1 });
    await stack.database.query('update identity.users set password_hash = $1 where id = $2', [legacy, user.id]);
    expect((await login(user.email, user.password)).errors).toBeUndefined();
    const [row] = await stack.database.query<{ password_hash: string }>('select password_hash from identity.users where id = $1', [user.id]);
    expect(row!.password_hash).not.toBe(legacy);
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect((await login(user.email, user.password)).errors).toBeUndefined();
  });
});
