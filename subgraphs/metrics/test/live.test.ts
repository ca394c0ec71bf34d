import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBudgetDocument, OnBudgetAlertRaisedDocument, OnBudgetUpdatedDocument, OnLlmUsageRecordedDocument, type CreateBudgetInput } from '@steward/client';
import { recordUsage, seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
let org: SeededOrganization;
const clients: Client[] = [];
beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org();
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await stack?.stop();
});

/** Subscribes through the gateway over graphql-ws and collects what arrives. */
function subscribe(token: string, query: string, variables: Record<string, unknown>) {
  const client = createClient({
    url: stack.gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
  });
  clients.push(client);
  const received: { data?: any; errors?: readonly unknown[] }[] = [];
  const failures: unknown[] = [];
  const ready = new Promise<void>((resolve) => client.on('connected', () => setTimeout(resolve, 100)));
  client.subscribe({ query, variables }, { next: (value) => void received.push(value), error: (error) => void failures.push(error), complete: () => undefined });
  return { received, failures, ready };
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('live metrics through the gateway', () => {
  it('pushes each recorded batch and budget change to subscribers who may read them, and nothing to others', async () => {
    const project = await seed(stack).project(org);
    const viewer = await org.member('viewer');
    const outsider = await seed(stack).org();
    const budget = await stack.request(
      CreateBudgetDocument,
      { input: { organizationId: org.id, scope: 'PROJECT', scopeId: project.id, period: 'MONTHLY', limitUsd: '100' } },
      { token: org.owner.accessToken },
    );
    const budgetId = budget.data!.createBudget.id;

    // The selection reaches into the projects subgraph: events are resolved as queries through the gateway.
    const batches = subscribe(
      viewer.accessToken,
      'subscription($o: ID!) { llmUsageRecorded(organizationId: $o) { id projectId requests costUsd project { id name } } }',
      { o: org.id },
    );
    const ofProject = subscribe(viewer.accessToken, print(OnLlmUsageRecordedDocument), { organizationId: org.id, projectId: randomUUID() });
    const budgetLive = subscribe(viewer.accessToken, print(OnBudgetUpdatedDocument), { budgetId });
    const spy = subscribe(outsider.owner.accessToken, print(OnLlmUsageRecordedDocument), { organizationId: org.id });
    await Promise.all([batches.ready, ofProject.ready, budgetLive.ready, spy.ready]);

    const key = await org.apiKey('member');
    const { batches: recorded } = await recordUsage(stack, org.id, key.secret, [{ projectId: project.id }, { projectId: project.id }, {}]);
    expect(recorded).toHaveLength(2);
    await waitFor(() => batches.received.length >= 2 && budgetLive.received.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(batches.received.map((r) => r.data?.llmUsageRecorded.requests).sort()).toEqual([1, 2]);
    const ofThisProject = batches.received.find((r) => r.data?.llmUsageRecorded.projectId === project.id)!;
    expect(ofThisProject.data.llmUsageRecorded).toMatchObject({ costUsd: '0.120000', project: { id: project.id, name: project.name } });
    expect(budgetLive.received).toHaveLength(1);
    expect(budgetLive.received[0]!.data.budgetUpdated).toMatchObject({ id: budgetId, spentUsd: '0.120000' });
    expect(ofProject.received).toEqual([]);
    expect(spy.received.filter((r) => r.data)).toEqual([]);
  });
});

describe('live budget alerts through the gateway', () => {
  it('pushes exactly one budgetAlertRaised per threshold crossed, with the budget and window, and refuses an outsider', async () => {
    const tenant = await seed(stack).org();
    const viewer = await tenant.member('viewer');
    const outsider = await seed(stack).org();
    const key = await tenant.apiKey('member');
    const alerts = subscribe(viewer.accessToken, print(OnBudgetAlertRaisedDocument), { organizationId: tenant.id });
    const spy = subscribe(outsider.owner.accessToken, print(OnBudgetAlertRaisedDocument), { organizationId: tenant.id });
    await Promise.all([alerts.ready, spy.ready]);
    const alertsOf = (budgetId: string) => alerts.received.filter((r) => r.data?.budgetAlertRaised.budgetId === budgetId).map((r) => r.data.budgetAlertRaised);
    const createBudget = async (input: Omit<CreateBudgetInput, 'organizationId' | 'period'>) => {
      const res = await stack.request(CreateBudgetDocument, { input: { organizationId: tenant.id, period: 'MONTHLY', ...input } }, { token: tenant.owner.accessToken });
      expect(res.errors).toBeUndefined();
      return res.data!.createBudget.id;
    };

    // graphql-ws does not acknowledge a subscription: prime it with budgets that alert as soon as
    // they are created (their project already spent more than their limit) until one arrives.
    const priming = await seed(stack).project(tenant);
    await recordUsage(stack, tenant.id, key.secret, [{ projectId: priming.id }]);
    let primed = false;
    for (let attempt = 0; attempt < 20 && !primed; attempt++) {
      const primer = await createBudget({ scope: 'PROJECT', scopeId: priming.id, limitUsd: '0.01', alertThresholds: [1] });
      await waitFor(() => alertsOf(primer).length > 0, 500);
      primed = alertsOf(primer).length > 0;
    }
    expect(primed).toBe(true);

    const project = await seed(stack).project(tenant);
    const budgetId = await createBudget({ name: 'Live alert budget', scope: 'PROJECT', scopeId: project.id, limitUsd: '0.1', alertThresholds: [0.5, 1] });
    // 0.06 USD per call: 60% (crosses 0.5), 120% (crosses 1), 180% (nothing new).
    const raisedIds: string[] = [];
    for (let call = 0; call < 3; call++) raisedIds.push(...(await recordUsage(stack, tenant.id, key.secret, [{ projectId: project.id }])).alertIds);
    expect(raisedIds).toHaveLength(2);
    await waitFor(() => alertsOf(budgetId).length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const now = new Date();
    const window = {
      start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(),
      end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString(),
    };
    const delivered = alertsOf(budgetId).sort((a, b) => a.threshold - b.threshold);
    expect(delivered.map((alert) => [alert.threshold, alert.budget.name, alert.window])).toEqual([
      [0.5, 'Live alert budget', window],
      [1, 'Live alert budget', window],
    ]);
    expect(delivered.map((alert) => alert.id).sort()).toEqual([...raisedIds].sort());
    expect(delivered.map((alert) => alert.spentUsd)).toEqual(['0.060000', '0.120000']);
    expect(alerts.failures).toEqual([]);

    expect(spy.failures).toHaveLength(1);
    expect((spy.failures[0] as { extensions?: { code?: string } }[]).map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(spy.received).toEqual([]);
  });
});
