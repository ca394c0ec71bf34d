import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument } from '@steward/client';
import { seed, startTestStack, type TestStack } from '@steward/standalone/testing';
import { modernClient, rawSocket } from './fixtures/socket-clients.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '5', AUTH_FAILURES_PER_MINUTE: '5' });
});
afterAll(async () => {
  await stack?.stop();
});

describe('per-caller rate limits at the gateway', () => {
  it('answers 429 RATE_LIMITED with a retry time once a signed-in caller exhausts the burst', async () => {
    const user = await seed(stack).user();
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await stack.request(MeDocument, {}, { token: user.accessToken }));
    expect(results.slice(0, 5).every((r) => r.status === 200 && r.data?.me?.id === user.id)).toBe(true);
    const limited = results[5]!;
    expect(limited.status).toBe(429);
    expect(limited.errors![0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
  });

  it('counts each caller separately', async () => {
    const a = await seed(stack).user();
    const b = await seed(stack).user();
    for (let i = 0; i < 5; i++) await stack.request(MeDocument, {}, { token: a.accessToken });
    expect((await stack.request(MeDocument, {}, { token: a.accessToken })).status).toBe(429);
    expect((await stack.request(MeDocument, {}, { token: b.accessToken })).status).toBe(200);
  });
});

describe('the same rate limit over WebSocket', () => {
  it('takes socket operations from the caller’s HTTP bucket: the burst spent over HTTP leaves one for the socket', async () => {
    const user = await seed(stack).user();
    for (let i = 0; i < 4; i++) expect((await stack.request(MeDocument, {}, { token: user.accessToken })).status).toBe(200);
    const client = modernClient(stack.gatewayUrl, user.accessToken);
    // Sent at once: the one token left (and at most one more refilled meanwhile) answers, the rest are refused.
    const answers = Array.from({ length: 4 }, () => client.subscribe('{ me { id } }', {}));
    const deadline = Date.now() + 5000;
    while (answers.some((answer) => answer.results.length + answer.failures.length === 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    client.dispose();
    const outcomes = answers.map((answer) => answer.codes()[0] ?? answer.results[0]?.data?.me?.id);
    expect(outcomes.every((outcome) => outcome === 'RATE_LIMITED' || outcome === user.id)).toBe(true);
    expect(outcomes.filter((outcome) => outcome === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(2);
    expect(outcomes).toContain(user.id);
  });
});

/** How many times organizations was asked to verify an API key (its own request counter). */
async function keyLookups(): Promise<number> {
  const text = await (await fetch(`${new URL(stack.subgraphUrls.organizations!).origin}/metrics`)).text();
  const line = text.split('\n').find((entry) => entry.startsWith('steward_http_requests_total{route="/internal/api-keys/verify"'));
  return line ? Number(line.split(' ').pop()) : 0;
}

const randomKey = () => `stw_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url')}`;

// These run last: they use up the failed-authentication allowance of the test's address (127.0.0.1).
describe('failed authentications at the gateway', () => {
  it('refuses malformed credentials with 401 and no lookup, and looks up a well-formed key', async () => {
    const before = await keyLookups();
    for (const credential of [`stw_${'A'.repeat(5000)}`, 'stw_short', `${'x'.repeat(5000)}.y.z`]) {
      const res = await stack.request(MeDocument, {}, { token: credential });
      expect([res.status, res.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
    expect(await keyLookups()).toBe(before);
    expect(stack.logLines.filter((line) => line.includes('"level":50'))).toEqual([]);
  });

  it('answers 429 to an address past its failures, over HTTP and WebSocket, whatever credential it sends next', async () => {
    const user = await seed(stack).user();
    const statuses: number[] = [];
    for (let i = 0; i < 8 && !statuses.includes(429); i++) statuses.push((await stack.request(MeDocument, {}, { token: randomKey() })).status);
    // Three malformed ones above, then random keys until the allowance of 5 is used up (a slow run may refill one).
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((status) => status === 401) && statuses.length <= 4).toBe(true);
    const lookups = await keyLookups();
    const refused = await stack.request(MeDocument, {}, { token: user.accessToken });
    expect([refused.status, refused.errors?.[0]?.extensions]).toEqual([429, { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) }]);
    expect((await stack.request(MeDocument, {}, { token: randomKey() })).status).toBe(429);
    expect(await keyLookups()).toBe(lookups);
    const init = JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${user.accessToken}` } });
    expect(await rawSocket(stack.gatewayUrl, ['graphql-transport-ws'], { messages: [init] })).toMatchObject({ code: 4429 });
    // Anonymous requests present no credential and are not refused for failed ones (the address's own
    // request rate, spent by this file's anonymous sign-ups, may still apply).
    const anonymous = await stack.post({ query: '{ __typename }' });
    expect(JSON.stringify(anonymous.errors ?? [])).not.toMatch(/failed authentications/);
  });
});
