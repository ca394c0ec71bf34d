import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginDocument, RefreshSessionDocument, RegisterDocument } from '@steward/client';
import { seed, startTestStack, uniqueEmail, type SeededUser, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
let user: SeededUser;
beforeAll(async () => {
  stack = await startTestStack();
  user = await seed(stack).user();
  // Break the database under the running stack so the next sign-in fails deep inside SQL.
  await stack.database.query('alter table identity.sessions rename to sessions_gone');
});
afterAll(async () => {
  await stack?.stop();
});

const LEAKS = [/sessions/i, /insert/i, /select/i, /relation/i, /\/work\//, /node_modules/, /\.ts:\d+/, /at \w+ \(/, /stack/i, /identity\./];

describe('internal failures reach the client as a generic error', () => {
  it('masks a database failure during login without SQL, stack or paths', async () => {
    const res = await stack.request(LoginDocument, { input: { email: user.email, password: user.password } });
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([{ message: 'Internal server error.', path: ['login'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const text = JSON.stringify(res);
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
  });

  it('masks a database failure during registration and leaves no user behind', async () => {
    const email = uniqueEmail('masked');
    const res = await stack.request(RegisterDocument, { input: { email, password: 'long enough password', name: 'Masked' } });
    expect(res.errors![0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    for (const leak of LEAKS) expect(JSON.stringify(res)).not.toMatch(leak);
    const rows = await stack.database.query('select 1 from identity.users where email = $1', [email]);
    expect(rows).toHaveLength(0);
  });

  it('logs the real cause on the server side', () => {
    expect(stack.logLines.some((line) => line.includes('Unexpected error in resolver') && line.includes('sessions'))).toBe(true);
  });
});

describe('domain errors from a subgraph keep their message and code at the gateway', () => {
  let healthy: TestStack;
  beforeAll(async () => {
    healthy = await startTestStack();
  });
  afterAll(async () => {
    await healthy?.stop();
  });

  // A subgraph that answered such errors with HTTP 401 or 429 would make @apollo/gateway replace
  // them with its own generic text ("401: Unauthorized") or an internal error.
  it('passes UNAUTHENTICATED from a subgraph with the subgraph’s own message', async () => {
    const res = await healthy.request(RefreshSessionDocument, { refreshToken: 'not-a-real-token' });
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: 'The refresh token is invalid, expired or already used. Sign in again.',
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
  });
});
