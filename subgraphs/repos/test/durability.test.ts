import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { RepositoryActivityDocument } from '@steward/client';
import { createTestDatabase, eventually, type TestDatabase } from '@steward/kernel/testing';
import { seed, startTestStack, type TestStack } from '@steward/standalone/testing';
import { githubPayload } from './github-payloads.js';

describe('a delivery accepted by a process that stops before processing it', () => {
  let database: TestDatabase;
  const running: TestStack[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const steward of running) await steward.stop();
    await database?.drop();
  });

  /** A whole stack on the shared database, as a process restarted on the same data would be. */
  async function start(overrides: Record<string, string>): Promise<TestStack> {
    const stack = await startTestStack(overrides, { database });
    running.push(stack);
    return stack;
  }

  it('is processed by the next process on the same database: nothing accepted is lost', async () => {
    // The first process accepts and stores deliveries but leaves processing to others, then stops.
    const first = await start({ REPOS_PROCESS_WEBHOOKS: 'false' });
    const org = await seed(first).org();
    const repository = await seed(first).repository(org, { fullName: 'Codertocat/Durable' });
    const accepted = await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName)));
    expect(accepted).toMatchObject({ status: 202, body: { status: 'RECEIVED' } });
    await running.pop()!.stop();
    expect(await database.query('select status, attempts from repos.webhook_deliveries')).toEqual([{ status: 'RECEIVED', attempts: 0 }]);

    const second = await start({});
    const seen = await eventually(
      async () => (await second.request(RepositoryActivityDocument, { id: repository.id }, { token: org.owner.accessToken })).data?.repository,
      (repo) => repo?.deliveries.edges[0]?.node.status === 'PROCESSED',
      'the delivery processed by the second process',
    );
    expect(seen!.pullRequests.edges.map((edge) => edge.node.number)).toEqual([2]);
    expect(seen!.deliveries.edges[0]!.node.attempts).toBe(1);
  });
});

describe('live subscriptions', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('streams deliveries and pull request changes to readers of the organization only', async () => {
    const org = await seed(stack).org();
    const outsider = await seed(stack).org();
    const repository = await seed(stack).repository(org, { fullName: 'Codertocat/Live' });
    const deliveries: { data?: { webhookDeliveryReceived?: { status: string; repository: { id: string } } } }[] = [];
    const pullRequests: { data?: { pullRequestUpdated?: { number: number; state: string } } }[] = [];
    const refused: unknown[] = [];
    const client = (token: string) => createClient({ url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const reader = client(org.owner.accessToken);
    const stranger = client(outsider.owner.accessToken);
    const sink = <T>(list: T[], errors: unknown[] = []) => ({ next: (value: unknown) => void list.push(value as T), error: (error: unknown) => void errors.push(error), complete: () => undefined });
    reader.subscribe({ query: 'subscription($o: ID!) { webhookDeliveryReceived(organizationId: $o) { status repository { id } } }', variables: { o: org.id } }, sink(deliveries));
    reader.subscribe({ query: 'subscription($r: ID!) { pullRequestUpdated(repositoryId: $r) { number state } }', variables: { r: repository.id } }, sink(pullRequests));
    stranger.subscribe({ query: 'subscription($r: ID!) { pullRequestUpdated(repositoryId: $r) { number state } }', variables: { r: repository.id } }, sink([], refused));
    try {
      // A subscription listens once the gateway has checked it: deliver until the first pull request event arrives.
      const deadline = Date.now() + 10_000;
      let updatedAt = Date.parse('2019-05-15T15:20:33Z');
      while (pullRequests.length === 0 && Date.now() < deadline) {
        const payload = githubPayload('pull_request', 'synchronize', repository.fullName);
        (payload.pull_request as Record<string, unknown>).updated_at = new Date((updatedAt += 1000)).toISOString();
        await repository.send(repository.githubDelivery('pull_request', payload));
        const wait = Date.now() + 1000;
        while (pullRequests.length === 0 && Date.now() < wait) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(pullRequests[0]?.data?.pullRequestUpdated).toEqual({ number: 2, state: 'OPEN' });
      expect(deliveries.map((event) => event.data?.webhookDeliveryReceived?.repository.id)).toContain(repository.id);
      while (refused.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(JSON.stringify(refused)).toMatch(/NOT_FOUND|FORBIDDEN/);
    } finally {
      await reader.dispose();
      await stranger.dispose();
    }
  });
});
