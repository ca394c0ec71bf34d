import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument } from '@steward/client';
import { seed, startTestStack, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '5' });
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
