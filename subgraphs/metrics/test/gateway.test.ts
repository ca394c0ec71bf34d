import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BudgetAlertDocument,
  BudgetDocument,
  CompareVersionCostsDocument,
  CreateBudgetDocument,
  CreateTeamDocument,
  LlmUsageBatchDocument,
  ProjectUsageDocument,
  RecordLlmUsageDocument,
  RemoveMemberDocument,
  UsageDocument,
} from '@steward/client';
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec } from '@steward/kernel';
import { eventually } from '@steward/kernel/testing';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { LATENCY_RELATIVE_ERROR, METRICS_TOPICS } from '../src/index.js';
import { usageRecord } from './harness.js';

let stack: TestStack;
let org: SeededOrganization;
beforeAll(async () => {
  // A call of 1,000 records is about 250 KB of JSON, above the gateway's 100 KB default.
  stack = await startTestStack({ RATE_LIMIT_PER_MINUTE: '0' });
  org = await seed(stack).org();
});
afterAll(async () => {
  await stack?.stop();
});

/** Payloads published on a bus topic while `run` executes: the bus keeps a topic's order, so once a marker sent afterwards arrives, all of them have. */
async function published<T>(topic: string, run: () => Promise<T>): Promise<{ result: T; events: Record<string, unknown>[] }> {
  const events: Record<string, unknown>[] = [];
  const marker = randomUUID();
  let markerSeen = false;
  const unsubscribe = await stack.bus.subscribe(topic, (payload) => {
    const event = JSON.parse(payload) as Record<string, unknown>;
    if (event.marker === marker) markerSeen = true;
    else events.push(event);
  });
  try {
    const result = await run();
    await stack.bus.publish(topic, JSON.stringify({ marker }));
    await eventually(() => markerSeen, Boolean, 'the marker published after the operation');
    return { result, events };
  } finally {
    await unsubscribe();
  }
}

const DAY = { from: '2024-05-01T00:00:00.000Z', to: '2024-05-02T00:00:00.000Z' };

describe('metrics through the gateway', () => {
  it('records usage with an API key and publishes exactly one event per batch per project after the commit', async () => {
    const key = await org.apiKey('member');
    const projectA = (await seed(stack).project(org)).id;
    const projectB = (await seed(stack).project(org)).id;
    const records = [
      usageRecord({ projectId: projectA, occurredAt: '2024-05-01T10:00:00Z' }),
      usageRecord({ projectId: projectA, occurredAt: '2024-05-01T11:00:00Z' }),
      usageRecord({ projectId: projectB, occurredAt: '2024-05-01T12:00:00Z' }),
    ];
    const { result, events } = await published(METRICS_TOPICS.llmUsageRecorded, () =>
      stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: records }, { token: key.secret }),
    );
    expect(result.errors).toBeUndefined();
    const batches = result.data!.recordLlmUsage.batches;
    expect(batches).toHaveLength(2);
    const ours = events.filter((event) => event.organizationId === org.id);
    expect(ours).toHaveLength(2);
    expect(ours.map((event) => [event.id, event.projectId]).sort()).toEqual(batches.map((batch) => [batch.id, batch.projectId]).sort());
    expect(Object.keys(ours[0]!).sort()).toEqual(['id', 'organizationId', 'projectId']);

    // What the gateway does per event: fetch the batch by id as the subscriber.
    const viewer = await org.member('viewer');
    const batch = await stack.request(LlmUsageBatchDocument, { id: ours[0]!.id as string }, { token: viewer.accessToken });
    expect(batch.data?.llmUsageBatch).toMatchObject({ id: ours[0]!.id, organizationId: org.id });

    // Sending the same records again records and announces nothing.
    const replay = await published(METRICS_TOPICS.llmUsageRecorded, () =>
      stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: records }, { token: key.secret }),
    );
    expect(replay.result.data!.recordLlmUsage).toMatchObject({ accepted: 0, skipped: 3 });
    expect(replay.events.filter((event) => event.organizationId === org.id)).toEqual([]);
  });

  it('takes a full call of 1,000 records', async () => {
    const key = await org.apiKey('member');
    const records = Array.from({ length: 1000 }, (_, i) => usageRecord({ occurredAt: new Date(Date.UTC(2024, 4, 2, 0, 0, i)).toISOString() }));
    const res = await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: records }, { token: key.secret });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordLlmUsage).toMatchObject({ accepted: 1000, costUsd: '60.000000' });
  });

  it('lets a viewer read usage, budgets and alerts but not record usage or manage budgets', async () => {
    const viewer = await org.member('viewer');
    const usage = await stack.request(UsageDocument, { organizationId: org.id, filter: DAY }, { token: viewer.accessToken });
    expect(usage.errors).toBeUndefined();
    expect(usage.data!.usage).toMatchObject({ source: 'DAILY_ROLLUP', totals: { requests: 3, costUsd: '0.180000' } });

    const refused = await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: [usageRecord()] }, { token: viewer.accessToken });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notAllowed = await stack.request(
      CreateBudgetDocument,
      { input: { organizationId: org.id, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '1' } },
      { token: viewer.accessToken },
    );
    expect(notAllowed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const created = await stack.request(
      CreateBudgetDocument,
      { input: { organizationId: org.id, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '0.01', alertThresholds: [1] } },
      { token: org.owner.accessToken },
    );
    expect(created.errors).toBeUndefined();
    const budgetId = created.data!.createBudget.id;
    const { result, events } = await published(METRICS_TOPICS.budgetAlertRaised, () =>
      stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: [usageRecord()] }, { token: org.owner.accessToken }),
    );
    expect(result.data!.recordLlmUsage.alertsRaised).toHaveLength(1);
    expect(events.filter((event) => event.organizationId === org.id)).toHaveLength(1);
    const alert = await stack.request(BudgetAlertDocument, { id: events[0]!.id as string }, { token: viewer.accessToken });
    expect(alert.data!.budgetAlert).toMatchObject({ budgetId, threshold: 1, budget: { id: budgetId } });
    const budget = await stack.request(BudgetDocument, { id: budgetId }, { token: viewer.accessToken });
    expect(budget.data!.budget).toMatchObject({ spentUsd: '0.060000', utilization: 6, viewerCanManage: false });
  });

  it('shows nothing of one organization to another, and binds API keys to their own', async () => {
    const other = await seed(stack).org();
    const usage = await stack.request(UsageDocument, { organizationId: org.id, filter: DAY }, { token: other.owner.accessToken });
    expect(usage.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherKey = await other.apiKey('owner');
    const intruding = await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: [usageRecord()] }, { token: otherKey.secret });
    expect(intruding.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await stack.request(UsageDocument, { organizationId: org.id, filter: DAY });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops answering a removed member at once (grants are invalidated over the bus)', async () => {
    const member = await org.member('viewer');
    const before = await stack.request(UsageDocument, { organizationId: org.id, filter: DAY }, { token: member.accessToken });
    expect(before.errors).toBeUndefined();
    const removed = await stack.request(RemoveMemberDocument, { organizationId: org.id, membershipId: member.membershipId }, { token: org.owner.accessToken });
    expect(removed.errors).toBeUndefined();
    const code = await eventually(
      async () => (await stack.request(UsageDocument, { organizationId: org.id, filter: DAY }, { token: member.accessToken })).errors?.[0]?.extensions?.code,
      (seen) => seen === 'NOT_FOUND',
      'the removed member refused',
      1000,
    );
    expect(code).toBe('NOT_FOUND');
  });
});

describe('ids checked against the organization', () => {
  it('accepts the organization’s own projects, versions, teams and members, and refuses any other, writing nothing', async () => {
    const key = await org.apiKey('member');
    const project = await seed(stack).project(org);
    const version = await project.version();
    const member = await org.member('member');
    const team = await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: `Team ${randomUUID().slice(0, 8)}` } }, { token: org.owner.accessToken });
    const teamId = team.data!.createTeam.id;
    const own = usageRecord({ projectId: project.id, versionId: version.id, teamId, userId: member.id, occurredAt: '2024-06-01T10:00:00Z' });
    const accepted = await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: [own] }, { token: key.secret });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.recordLlmUsage.accepted).toBe(1);

    const other = await seed(stack).org();
    const otherProject = await seed(stack).project(other);
    const otherVersion = await otherProject.version();
    const otherTeam = await stack.request(CreateTeamDocument, { input: { organizationId: other.id, name: 'Elsewhere' } }, { token: other.owner.accessToken });
    const sibling = await (await seed(stack).project(org)).version();
    const records = [
      usageRecord({ projectId: project.id, occurredAt: '2024-06-02T10:00:00Z' }),
      usageRecord({ projectId: otherProject.id, occurredAt: '2024-06-02T10:00:00Z' }),
      usageRecord({ projectId: project.id, versionId: otherVersion.id, occurredAt: '2024-06-02T10:00:00Z' }),
      usageRecord({ projectId: project.id, versionId: sibling.id, occurredAt: '2024-06-02T10:00:00Z' }),
      usageRecord({ teamId: otherTeam.data!.createTeam.id, occurredAt: '2024-06-02T10:00:00Z' }),
      usageRecord({ userId: other.owner.id, occurredAt: '2024-06-02T10:00:00Z' }),
    ];
    const refused = await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records }, { token: key.secret });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records.1.projectId' });
    expect((refused.errors?.[0]?.extensions?.issues as { field: string }[]).map((issue) => issue.field)).toEqual([
      'records.1.projectId',
      'records.2.versionId',
      'records.3.versionId',
      'records.4.teamId',
      'records.5.userId',
    ]);
    const day = { from: '2024-06-02T00:00:00.000Z', to: '2024-06-03T00:00:00.000Z' };
    const usage = await stack.request(UsageDocument, { organizationId: org.id, filter: day }, { token: org.owner.accessToken });
    expect(usage.data!.usage.totals.requests).toBe(0);

    // Someone removed from the organization is no longer one of its users.
    await stack.request(RemoveMemberDocument, { organizationId: org.id, membershipId: member.membershipId }, { token: org.owner.accessToken });
    const gone = await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records: [usageRecord({ userId: member.id })] }, { token: key.secret });
    expect(gone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records.0.userId' });
  });

  it('refuses a budget whose scope is another organization’s project, team or user', async () => {
    const other = await seed(stack).org();
    const otherProject = await seed(stack).project(other);
    const otherTeam = await stack.request(CreateTeamDocument, { input: { organizationId: other.id, name: 'Theirs' } }, { token: other.owner.accessToken });
    const cases: [string, string][] = [
      ['PROJECT', otherProject.id],
      ['TEAM', otherTeam.data!.createTeam.id],
      ['USER', other.owner.id],
    ];
    for (const [scope, scopeId] of cases) {
      const res = await stack.request(
        CreateBudgetDocument,
        { input: { organizationId: org.id, scope: scope as 'PROJECT', scopeId, period: 'MONTHLY', limitUsd: '1' } },
        { token: org.owner.accessToken },
      );
      expect(res.errors?.[0]?.extensions, scope).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopeId' });
    }
    const own = await stack.request(
      CreateBudgetDocument,
      { input: { organizationId: org.id, scope: 'PROJECT', scopeId: (await seed(stack).project(org)).id, period: 'MONTHLY', limitUsd: '1' } },
      { token: org.owner.accessToken },
    );
    expect(own.errors).toBeUndefined();
  });

  it('serves the lookup routes to Steward services only', async () => {
    const projectsLookup = new URL('/internal/projects/lookup', stack.subgraphUrls.projects);
    const membersLookup = new URL('/internal/members/lookup', stack.subgraphUrls.organizations);
    const codec = new InternalTokenCodec(stack.internalSecret);
    const asUser = await codec.sign({ caller: { kind: 'user', userId: org.owner.id, sessionId: null }, client: { ip: null, userAgent: null } });
    const asService = await codec.sign({ caller: { kind: 'service', name: 'metrics' }, client: { ip: null, userAgent: null } });
    const post = (url: URL, token: string | null, body: unknown) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { [INTERNAL_TOKEN_HEADER]: token } : {}) }, body: JSON.stringify(body) });
    const project = await seed(stack).project(org);
    const query = { organizationId: org.id, projectIds: [project.id], versionIds: [] };
    expect((await post(projectsLookup, null, query)).status).toBe(401);
    expect((await post(projectsLookup, asUser, query)).status).toBe(403);
    expect(await (await post(projectsLookup, asService, query)).json()).toEqual({ projectIds: [project.id], versions: [], productionVersions: [] });
    expect(await (await post(projectsLookup, asService, { ...query, organizationId: randomUUID() })).json()).toEqual({ projectIds: [], versions: [], productionVersions: [] });
    expect((await post(membersLookup, asUser, { organizationId: org.id, teamIds: [], userIds: [org.owner.id] })).status).toBe(403);
    expect(await (await post(membersLookup, asService, { organizationId: org.id, teamIds: [], userIds: [org.owner.id, randomUUID()] })).json()).toEqual({
      teamIds: [],
      userIds: [org.owner.id],
      apiKeyIds: [],
    });
    // API keys (policy assigns to them) are answered only for keys of the organization named.
    const key = await org.apiKey('viewer');
    const keys = { organizationId: org.id, teamIds: [], userIds: [], apiKeyIds: [key.id, randomUUID()] };
    expect(((await (await post(membersLookup, asService, keys)).json()) as { apiKeyIds: string[] }).apiKeyIds).toEqual([key.id]);
    expect(((await (await post(membersLookup, asService, { ...keys, organizationId: randomUUID() })).json()) as { apiKeyIds: string[] }).apiKeyIds).toEqual([]);
  });
});

describe('usage on projects and versions', () => {
  it('adds cost, requests, error rate and latency to versions and projects, batched, and only for readers of the organization', async () => {
    const project = await seed(stack).project(org);
    const v1 = await project.version();
    const v2 = await project.version();
    const key = await org.apiKey('member');
    const records = [
      usageRecord({ projectId: project.id, versionId: v1.id, inputTokens: 1000, outputTokens: 500, latencyMs: 100, occurredAt: '2024-05-03T10:00:00Z' }), // 0.06
      usageRecord({ projectId: project.id, versionId: v1.id, inputTokens: 1000, outputTokens: 500, latencyMs: 300, status: 'ERROR', occurredAt: '2024-05-03T11:00:00Z' }),
      usageRecord({ projectId: project.id, versionId: v2.id, model: 'gpt-3.5-turbo', inputTokens: 1000, outputTokens: 1000, latencyMs: 50, occurredAt: '2024-05-03T12:00:00Z' }), // 0.002
    ];
    expect((await stack.request(RecordLlmUsageDocument, { organizationId: org.id, records }, { token: key.secret })).errors).toBeUndefined();
    // Another organization cannot record usage against these ids: projects says they are not its own.
    const other = await seed(stack).org();
    const otherKey = await other.apiKey('member');
    const foreign = await stack.request(
      RecordLlmUsageDocument,
      { organizationId: other.id, records: [usageRecord({ costUsd: '1' }), usageRecord({ projectId: project.id, versionId: v1.id, costUsd: '100' })] },
      { token: otherKey.secret },
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records.1.projectId' });

    const viewer = await org.member('viewer');
    const compared = await stack.request(CompareVersionCostsDocument, { fromId: v1.id, toId: v2.id }, { token: viewer.accessToken });
    expect(compared.errors).toBeUndefined();
    const { from, to } = compared.data!.compareVersions;
    expect(from.usage).toMatchObject({ from: null, requests: 2, errors: 1, errorRate: 0.5, costUsd: '0.120000', costPerRequestUsd: '0.060000' });
    expect(to.usage).toMatchObject({ requests: 1, errors: 0, costUsd: '0.002000' });
    // All time is read from the daily rollup: its percentiles are histogram estimates.
    expect(Math.abs(to.usage!.latencyP50Ms! - 50) / 50).toBeLessThanOrEqual(LATENCY_RELATIVE_ERROR);
    const ranged = await stack.request(
      CompareVersionCostsDocument,
      { fromId: v1.id, toId: v2.id, from: '2024-05-03T10:30:00Z', to: '2024-05-04T00:00:00Z' },
      { token: viewer.accessToken },
    );
    expect(ranged.data!.compareVersions.from.usage).toMatchObject({ requests: 1, latencyP95Ms: 300 });

    const projectUsage = await stack.request(ProjectUsageDocument, { id: project.id }, { token: viewer.accessToken });
    expect(projectUsage.data!.project?.usage).toMatchObject({ requests: 3, costUsd: '0.122000' });

    // A member with project:read but without metrics:read sees the version, not its cost.
    const projectsOnly = await org.role(['organization:read', 'project:read']);
    const reader = await org.member(projectsOnly);
    const hidden = await stack.request(CompareVersionCostsDocument, { fromId: v1.id, toId: v2.id }, { token: reader.accessToken });
    expect(hidden.data!.compareVersions.from).toMatchObject({ id: v1.id, usage: null });
  });
});
