import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, startTestStack, type TestStack } from '@steward/standalone/testing';
import { MeDocument } from '@steward/client';
import manifest from '../../client/src/__generated__/persisted-documents.json' with { type: 'json' };
import { startSecondGateway } from './fixtures/second-gateway.js';
import { modernClient } from './fixtures/socket-clients.js';

/*
 * What the gateway checks before running an operation, over HTTP and WebSocket: the cost limit and
 * the per-caller cost budget (operation-cost.ts, cost-guard.ts) on a stack with a low limit and
 * budget, and persisted operations (persisted-operations.ts) on a second gateway in `only` mode.
 */

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ MAX_QUERY_COST: '3000', QUERY_COST_BUDGET_PER_MINUTE: '4000' });
});
afterAll(async () => {
  await stack?.stop();
});

describe('the cost of an operation', () => {
  // An assumed 5 organizations × `first` projects × 7 (edge, node, 3 fields, the entity's weight), priced from the variables: 48 with n=1, 3,513 with n=100.
  const PROJECTS = 'query Projects($n: Int) { myOrganizations { id projects(first: $n) { edges { node { id name slug } } } } }';
  const post = (token: string, n: number) => stack.post<{ myOrganizations: unknown[] }>({ query: PROJECTS, variables: { n } }, { token });

  it('refuses an operation over MAX_QUERY_COST before it runs, stating its cost and the limit, over HTTP and WebSocket', async () => {
    const user = await seed(stack).user();
    const cheap = await post(user.accessToken, 1);
    expect([cheap.status, cheap.data?.myOrganizations]).toEqual([200, []]);
    const started = performance.now();
    const costly = await post(user.accessToken, 100);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(costly.status).toBe(400);
    expect(costly.errors![0]).toMatchObject({
      message: expect.stringMatching(/estimated cost is 3513; the limit is 3000 \(MAX_QUERY_COST\)/),
      extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 3513, limit: 3000 },
    });
    const client = modernClient(stack.gatewayUrl, user.accessToken);
    const overSocket = client.subscribe(PROJECTS, { n: 100 });
    const deadline = Date.now() + 5000;
    while (overSocket.results.length + overSocket.failures.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    client.dispose();
    expect(overSocket.codes()).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('charges each operation to its caller’s budget for the minute, and answers RATE_LIMITED once it is spent', async () => {
    const [spender, other] = [await seed(stack).user(), await seed(stack).user()];
    // 2,253 of the 4,000 units: the first passes, the second finds 1,747 left.
    const n = 64;
    const first = await post(spender.accessToken, n);
    expect(first.status).toBe(200);
    const second = await post(spender.accessToken, n);
    expect(second.status).toBe(429);
    expect(second.errors![0]).toMatchObject({ message: expect.stringMatching(/QUERY_COST_BUDGET_PER_MINUTE/), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } });
    expect((await post(other.accessToken, n)).status).toBe(200);
  });
});

describe('PERSISTED_OPERATIONS=only', () => {
  it('runs the manifest’s operations, by id or by text, and refuses any other over HTTP and WebSocket', async () => {
    const user = await seed(stack).user();
    const second = await startSecondGateway(stack, { PERSISTED_OPERATIONS: 'only' });
    const { url } = second;
    const post = (body: unknown) => stack.post<{ me: { id: string } }>(body, { token: user.accessToken, url });
    const meId = (MeDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
    expect(Object.keys(manifest)).toContain(meId);

    const byId = await post({ documentId: meId });
    const byApolloHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: meId.replace('sha256:', '') } } });
    // The text as another client prints it: compared after parsing, so spacing does not matter.
    const byText = await post({ query: (manifest as Record<string, string>)[meId]!.replace(/ /g, '\n  ') });
    for (const answer of [byId, byApolloHash, byText]) expect([answer.status, answer.data?.me?.id]).toEqual([200, user.id]);

    const other = await post({ query: '{ me { id email } }' });
    expect([other.status, other.errors?.[0]?.extensions?.code]).toEqual([400, 'PERSISTED_QUERY_REQUIRED']);
    const unknown = await post({ documentId: 'sha256:0000' });
    expect([unknown.status, unknown.errors?.[0]?.extensions?.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);

    const client = modernClient(url, user.accessToken);
    const overSocket = client.subscribe('{ me { id email } }', {});
    const deadline = Date.now() + 5000;
    while (overSocket.results.length + overSocket.failures.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    client.dispose();
    expect(overSocket.codes()).toEqual(['PERSISTED_QUERY_REQUIRED']);
    await second.stop();
  });
});
