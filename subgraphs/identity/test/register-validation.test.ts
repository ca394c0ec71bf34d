import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegisterDocument } from '@steward/client';
import { startTestStack, uniqueEmail, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const userCount = async (email: string) =>
  Number((await stack.database.query<{ n: string }>('select count(*) as n from identity.users where lower(email) = lower($1)', [email]))[0]!.n);
const sessionCount = async () => Number((await stack.database.query<{ n: string }>('select count(*) as n from identity.sessions'))[0]!.n);
const allUsersCount = async () => Number((await stack.database.query<{ n: string }>('select count(*) as n from identity.users'))[0]!.n);

describe('register refuses bad input, names the field and writes nothing', () => {
  const cases: { label: string; input: { email: string; password: string; name: string }; field: string; message: RegExp }[] = [
    { label: 'a malformed email', input: { email: 'not-an-email', password: 'long enough password', name: 'Ann' }, field: 'input.email', message: /valid email/ },
    { label: 'an email over 254 characters', input: { email: `${'a'.repeat(250)}@example.test`, password: 'long enough password', name: 'Ann' }, field: 'input.email', message: /254/ },
    { label: 'a password of 11 characters', input: { email: uniqueEmail(), password: 'x'.repeat(11), name: 'Ann' }, field: 'input.password', message: /at least 12/ },
    { label: 'a password of 257 characters', input: { email: uniqueEmail(), password: 'x'.repeat(257), name: 'Ann' }, field: 'input.password', message: /at most 256/ },
    { label: 'a blank name', input: { email: uniqueEmail(), password: 'long enough password', name: '   ' }, field: 'input.name', message: /must not be empty/ },
    { label: 'one of the most common passwords, whatever its case', input: { email: uniqueEmail(), password: 'QwertyUiop123', name: 'Ann' }, field: 'input.password', message: /commonly used/ },
    { label: 'a listed password with digits and a symbol added', input: { email: uniqueEmail(), password: 'Password1234!', name: 'Ann' }, field: 'input.password', message: /digits or symbols added/ },
    { label: 'the email address as the password', input: { email: 'Same.As.Password@example.test', password: 'same.as.password@EXAMPLE.test', name: 'Ann' }, field: 'input.password', message: /email/ },
  ];
  for (const { label, input, field, message } of cases) {
    it(`refuses ${label}`, async () => {
      const before = await sessionCount();
      const res = await stack.request(RegisterDocument, { input });
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors![0]!.message).toMatch(message);
      expect(await userCount(input.email)).toBe(0);
      expect(await sessionCount()).toBe(before);
    });
  }

  it('accepts passwords of exactly 12 and exactly 256 characters', async () => {
    for (const password of ['tulip quartz', 'correct horse battery staple '.repeat(9).slice(0, 256)]) {
      const res = await stack.request(RegisterDocument, { input: { email: uniqueEmail(), password, name: 'Edge' } });
      expect(res.errors).toBeUndefined();
    }
  });

  it('refuses a duplicate email, whatever its case, with CONFLICT and keeps one account', async () => {
    const email = uniqueEmail('dup');
    const first = await stack.request(RegisterDocument, { input: { email, password: 'long enough password', name: 'One' } });
    expect(first.errors).toBeUndefined();
    const second = await stack.request(RegisterDocument, { input: { email: email.toUpperCase(), password: 'another long password', name: 'Two' } });
    expect(second.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    expect(await userCount(email)).toBe(1);
  });

  it('keeps one account when the same email registers twice at once', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(
      [1, 2, 3].map((n) => stack.request(RegisterDocument, { input: { email, password: 'long enough password', name: `Racer ${n}` } })),
    );
    expect(results.filter((r) => r.data?.register).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(2);
    expect(await userCount(email)).toBe(1);
  });

  it('refuses a missing field, naming it, and writes nothing', async () => {
    const [users, sessions] = [await allUsersCount(), await sessionCount()];
    const email = uniqueEmail('missing-name');
    const res = await stack.post({ query: 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', variables: { input: { email, password: 'long enough password' } } });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/"name"/);
    expect(await userCount(email)).toBe(0);
    expect(await allUsersCount()).toBe(users);
    expect(await sessionCount()).toBe(sessions);
  });

  it('refuses a wrong type, naming the field, and writes nothing', async () => {
    const [users, sessions] = [await allUsersCount(), await sessionCount()];
    const res = await stack.post({ query: 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', variables: { input: { email: 42, password: 'long enough password', name: 'Ann' } } });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/email/);
    expect(await userCount('42')).toBe(0);
    expect(await allUsersCount()).toBe(users);
    expect(await sessionCount()).toBe(sessions);
  });

  it('refuses an inline argument of the wrong type at validation', async () => {
    const res = await stack.post({ query: 'mutation { register(input: { email: 1, password: "long enough password", name: "A" }) { accessToken } }' });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.message).toMatch(/String/);
  });
});
