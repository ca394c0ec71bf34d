import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginDocument, MeDocument, RegisterDocument, RequestRegistrationDocument, VerifyEmailDocument } from '@steward/client';
import { latestMail, readMails, startTestStack, uniqueEmail, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ REGISTRATION_ENUMERATION_SAFE: 'true', PUBLIC_APP_URL: 'https://steward.example.test/app' });
});
afterAll(async () => {
  await stack?.stop();
});

const PASSWORD = 'a long enough passphrase';
const requestRegistration = (email: string, password = PASSWORD, name = 'Ann Example') =>
  stack.request(RequestRegistrationDocument, { input: { email, password, name } });
const login = (email: string, password = PASSWORD) => stack.request(LoginDocument, { input: { email, password } });
const accounts = async (email: string) =>
  stack.database.query<{ id: string; name: string; email_verified: boolean }>('select id, name, email_verified from identity.users where lower(email) = lower($1)', [email]);

/** Registers `email` and follows the mailed link: an account that can sign in. */
async function verifiedAccount(email: string) {
  expect((await requestRegistration(email)).errors).toBeUndefined();
  const { token } = await latestMail(stack, email, /Confirm your email address/);
  expect((await stack.request(VerifyEmailDocument, { token: token! })).data).toEqual({ verifyEmail: true });
}

describe('registration with REGISTRATION_ENUMERATION_SAFE=true', () => {
  it('answers a new and a taken address identically: "check your email", no tokens, no CONFLICT', async () => {
    const taken = uniqueEmail('taken');
    await verifiedAccount(taken);
    const freshEmail = uniqueEmail('fresh');
    const fresh = await requestRegistration(freshEmail);
    const again = await requestRegistration(taken.toUpperCase(), 'another long passphrase', 'Mallory');
    expect(fresh).toEqual({ status: 200, data: { requestRegistration: true } });
    expect(again).toEqual(fresh);
    // The difference reaches only the address's inbox.
    expect((await latestMail(stack, freshEmail, /Confirm your email address/)).token).toMatch(/^sev_/);
    expect((await latestMail(stack, taken, /Someone tried to register/)).token).toBeNull();
  });

  it('mails a new address a verification link; the account signs in only after following it', async () => {
    const email = uniqueEmail('new');
    await requestRegistration(email);
    const [account] = await accounts(email);
    expect(account).toMatchObject({ name: 'Ann Example', email_verified: false });
    const mail = await latestMail(stack, email, /Confirm your email address/);
    expect(mail.text).toContain('https://steward.example.test/app/verify-email?token=sev_');

    const early = await login(email);
    expect(early.data).toBeNull();
    expect(early.errors?.[0]?.extensions?.code).toBe('EMAIL_NOT_VERIFIED');
    // A wrong password learns nothing about the pending account: the usual answer.
    expect((await login(email, 'not the right passphrase')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect((await stack.request(VerifyEmailDocument, { token: mail.token! })).data).toEqual({ verifyEmail: true });
    const signedIn = await login(email);
    expect(signedIn.errors).toBeUndefined();
    const me = await stack.request(MeDocument, {}, { token: signedIn.data!.login.accessToken });
    expect(me.data!.me).toMatchObject({ id: account!.id, email, emailVerified: true });
  });

  it('mails a taken address a notice and creates or changes nothing', async () => {
    const email = uniqueEmail('owner');
    await verifiedAccount(email);
    const [before] = await accounts(email);
    await requestRegistration(email, 'an intruder passphrase', 'Mallory');
    const notice = await latestMail(stack, email, /Someone tried to register with your Steward address/);
    expect(notice.text).toMatch(/sign in at https:\/\/steward\.example\.test\/app, or reset your password/);
    expect(notice.token).toBeNull();
    expect(await accounts(email)).toEqual([before]);
    expect((await login(email, 'an intruder passphrase')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(email)).errors).toBeUndefined();
    // One verification mail (from the first registration) and the notice: no second link.
    expect((await readMails(stack, email, { atLeast: 2 })).map((mail) => mail.subject)).toEqual([
      'Confirm your email address for Steward',
      'Someone tried to register with your Steward address',
    ]);
  });

  it('refuses register the same way for a new and a taken address, creating nothing', async () => {
    const taken = uniqueEmail('taken');
    await verifiedAccount(taken);
    const fresh = uniqueEmail('fresh');
    const answers = await Promise.all(
      [fresh, taken].map((email) => stack.request(RegisterDocument, { input: { email, password: PASSWORD, name: 'Ann' } })),
    );
    expect(answers[0]!.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answers[0]!.errors?.[0]?.message).toMatch(/requestRegistration/);
    expect(answers[1]).toEqual(answers[0]);
    expect(await accounts(fresh)).toEqual([]);
  });

  it('refuses bad input like register does, naming the field, and writes nothing', async () => {
    const email = uniqueEmail('weak');
    const res = await requestRegistration(email, 'QwertyUiop123');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    expect(await accounts(email)).toEqual([]);
  });
});
