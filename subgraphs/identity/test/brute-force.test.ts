import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginDocument } from '@steward/client';
import { seed, startTestStack, uniqueEmail, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  // Default limits (10 per account / 30 min lock, 5 per address / 15 min); the gateway takes the
  // client address from X-Forwarded-For so each test can play many clients.
  stack = await startTestStack({ TRUST_PROXY: 'true' });
});
afterAll(async () => {
  await stack?.stop();
});

let nextAddress = 1;
/** A fresh client address per call (TEST-NET-3 / TEST-NET-2 ranges). */
const address = () => {
  const n = nextAddress++;
  return `203.0.${113 + Math.floor(n / 250)}.${(n % 250) + 1}`;
};
const login = (email: string, password: string, ip = address()) =>
  stack.request(LoginDocument, { input: { email, password } }, { headers: { 'x-forwarded-for': ip } });
const codes = (results: { errors?: { extensions?: Record<string, unknown> }[] }[]) => results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
const count = (list: unknown[], value: unknown) => list.filter((item) => item === value).length;

describe('account lockout', () => {
  it('gives 50 parallel wrong passwords from 50 addresses at most 10 tries, then locks the account for 30 minutes', async () => {
    const user = await seed(stack).user();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => login(user.email, `wrong passphrase number ${i}`)));
    const answers = codes(results);
    // Tries 1-9 are plain failures, the 10th locks the account, the other 40 never reach the password check.
    expect(count(answers, 'UNAUTHENTICATED')).toBe(9);
    expect(count(answers, 'ACCOUNT_LOCKED')).toBe(41);
    const checked = await stack.database.query<{ n: string }>(
      "select count(*) as n from identity.audit_events where user_id = $1 and type = 'LOGIN_FAILED' and details->>'reason' = 'wrong_password'",
      [user.id],
    );
    expect(Number(checked[0]!.n)).toBe(10);
    const lockEvents = await stack.database.query("select 1 from identity.audit_events where user_id = $1 and type = 'ACCOUNT_LOCKED'", [user.id]);
    expect(lockEvents).toHaveLength(1);

    const right = await login(user.email, user.password);
    expect(right.data).toBeNull();
    expect(right.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    const unlocksIn = Date.parse(right.errors![0]!.extensions!.unlocksAt as string) - stack.clock().getTime();
    expect(unlocksIn).toBeGreaterThan(29 * 60_000);
    expect(unlocksIn).toBeLessThanOrEqual(30 * 60_000);
  });

  it('locks an unknown email exactly like a known one, so the lock reveals nothing', async () => {
    const email = uniqueEmail('ghost');
    const answers: unknown[] = [];
    for (let i = 0; i < 11; i += 1) answers.push(codes([await login(email, 'some passphrase guess')])[0]);
    expect(answers).toEqual([...Array(9).fill('UNAUTHENTICATED'), 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await seed(stack).user();
    for (let i = 0; i < 9; i += 1) await login(user.email, 'wrong passphrase here');
    expect((await login(user.email, user.password)).errors).toBeUndefined();
    for (let i = 0; i < 9; i += 1) expect(codes([await login(user.email, 'wrong passphrase again')])[0]).toBe('UNAUTHENTICATED');
  });
});

describe('address rate limit', () => {
  it('answers RATE_LIMITED with retryAfterSeconds after 5 failed sign-ins from one address, even for the right password', async () => {
    const ip = address();
    const user = await seed(stack).user();
    for (let i = 0; i < 5; i += 1) expect(codes([await login(uniqueEmail('spray'), 'sprayed passphrase', ip)])[0]).toBe('UNAUTHENTICATED');
    const limited = await login(user.email, user.password, ip);
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const retryAfter = limited.errors![0]!.extensions!.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // Another address is not affected.
    expect((await login(user.email, user.password, address())).errors).toBeUndefined();
  });

  it('takes the address the trusted proxy appended, so a spoofed leftmost X-Forwarded-For entry does not escape the limit', async () => {
    const proxied = address();
    const attempt = (spoofed: string) =>
      stack.request(LoginDocument, { input: { email: uniqueEmail('spoof'), password: 'sprayed passphrase' } }, { headers: { 'x-forwarded-for': `${spoofed}, ${proxied}` } });
    // One trusted hop (TRUST_PROXY=true): the entry the proxy appended is the client, whatever the client wrote before it.
    for (let i = 0; i < 5; i += 1) expect(codes([await attempt(address())])[0]).toBe('UNAUTHENTICATED');
    expect(codes([await attempt(address())])[0]).toBe('RATE_LIMITED');
  });

  it('counts failures on both sides of a window boundary, and then refuses the address for a whole window', async () => {
    const ip = address();
    /** Lets `seconds` pass on identity's clock. */
    const age = (seconds: number) => stack.clock.advance(seconds * 1000);
    const spray = () => login(uniqueEmail('edge'), 'sprayed passphrase', ip);
    // One failure opens what a fixed window would call "the window"; 14 minutes 55 seconds later, three more.
    expect(codes([await spray()])).toEqual(['UNAUTHENTICATED']);
    age(895);
    for (let i = 0; i < 3; i += 1) expect(codes([await spray()])[0]).toBe('UNAUTHENTICATED');
    // Ten seconds on, the first failure is out of any 15-minute window, the other three are not.
    age(10);
    expect(codes([await spray(), await spray()])).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const limited = await spray();
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Locked for the full window from the failure that reached the limit, not until some boundary a second away.
    expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(895);
  });

  it('lets 5 parallel failures through from one address and limits the rest', async () => {
    const ip = address();
    const results = await Promise.all(Array.from({ length: 12 }, () => login(uniqueEmail('burst'), 'burst passphrase', ip)));
    const answers = codes(results);
    expect(count(answers, 'UNAUTHENTICATED')).toBe(5);
    expect(count(answers, 'RATE_LIMITED')).toBe(7);
  });

  it('delays but never refuses parallel correct sign-ins from one address (an office behind one NAT)', async () => {
    const ip = address();
    const users = await Promise.all(Array.from({ length: 4 }, () => seed(stack).user()));
    const results = await Promise.all(users.flatMap((user) => [login(user.email, user.password, ip), login(user.email, user.password, ip)]));
    expect(codes(results)).toEqual(Array(8).fill('OK'));
  });

  it('does not count successful sign-ins against the address', async () => {
    const ip = address();
    const user = await seed(stack).user();
    for (let i = 0; i < 8; i += 1) expect((await login(user.email, user.password, ip)).errors).toBeUndefined();
  });
});
