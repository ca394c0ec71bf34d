import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS_TOPICS } from '../src/index.js';
import { BATCH, RECORD, collect, organizationWith, rawRequestCount, settle, startMetricsHarness, usageRecord, type MetricsHarness } from './harness.js';

let h: MetricsHarness;
beforeAll(async () => {
  h = await startMetricsHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('recording LLM usage', () => {
  it('records new requests, costs them from the price catalogue and reports one batch per project', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const projectA = h.project(organizationId);
    const projectB = h.project(organizationId);
    const res = await h.request(
      RECORD,
      {
        organizationId,
        records: [
          usageRecord({ projectId: projectA, inputTokens: 1000, outputTokens: 500 }), // 0.03 + 0.03
          usageRecord({ projectId: projectA, model: 'gpt-3.5-turbo', inputTokens: 2000, outputTokens: 1000, status: 'ERROR', errorType: 'timeout' }), // 0.001 + 0.0015
          usageRecord({ projectId: projectB, provider: 'Anthropic', model: 'claude-3-haiku-20240307', inputTokens: 4000, outputTokens: 800, cacheReadTokens: 1000 }),
          usageRecord({ inputTokens: 10, outputTokens: 10, costUsd: '0.5' }),
        ],
      },
      caller,
    );
    expect(res.errors).toBeUndefined();
    const result = res.data.recordLlmUsage;
    expect(result).toMatchObject({ accepted: 4, skipped: 0, skippedRequestIds: [], unpricedModels: [] });
    // Haiku: 4000 × 0.25 + 800 × 1.25 + 1000 × 0.03 = 1000 + 1000 + 30 micros.
    expect(result.costUsd).toBe((0.06 + 0.0025 + 0.00203 + 0.5).toFixed(6));
    const byProject = Object.fromEntries(result.batches.map((b: any) => [b.projectId ?? 'none', b]));
    expect(Object.keys(byProject).sort()).toEqual([projectA, projectB, 'none'].sort());
    expect(byProject[projectA]).toMatchObject({ records: 2, requests: 2, skipped: 0, errors: 1, inputTokens: 3000, outputTokens: 1500, costUsd: '0.062500' });
    expect(byProject[projectB]).toMatchObject({ requests: 1, cacheReadTokens: 1000, costUsd: '0.002030' });
    expect(byProject.none).toMatchObject({ requests: 1, costUsd: '0.500000' });

    const batch = await h.request(BATCH, { id: byProject[projectA].id }, caller);
    expect(batch.data.llmUsageBatch).toMatchObject({ organizationId, projectId: projectA, project: { id: projectA }, requests: 2, costUsd: '0.062500' });
  });

  it('never counts a request id twice, in one call or across calls, and reports the duplicates as skipped', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const first = usageRecord();
    const second = usageRecord();
    const once = await h.request(RECORD, { organizationId, records: [first, second, { ...first, inputTokens: 999_999 }] }, caller);
    expect(once.data.recordLlmUsage).toMatchObject({ accepted: 2, skipped: 1, skippedRequestIds: [first.requestId] });

    const again = await h.request(RECORD, { organizationId, records: [first, second, usageRecord()] }, caller);
    expect(again.errors).toBeUndefined();
    expect(again.data.recordLlmUsage.accepted).toBe(1);
    expect(again.data.recordLlmUsage.skippedRequestIds.sort()).toEqual([first.requestId, second.requestId].sort());
    expect(await rawRequestCount(h, organizationId)).toBe(3);

    const replay = await h.request(RECORD, { organizationId, records: [first] }, caller);
    expect(replay.data.recordLlmUsage).toMatchObject({ accepted: 0, skipped: 1, batches: [], costUsd: '0.000000' });
  });

  it('counts a 1,000-record call sent five times at once exactly once: raw rows, rollups and budget spend', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const key = h.apiKey(organizationId);
    const project = h.project(organizationId);
    const budget = await h.request(
      'mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }',
      { input: { organizationId, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '1000' } },
      admin,
    );
    const budgetId = budget.data.createBudget.id as string;
    // 1,000 gpt-4 requests of 1,000 input and 500 output tokens (0.06 USD each) over the last ten
    // minutes of this month (the budget's window), half of them on a project.
    const now = new Date();
    const from = Math.max(now.getTime() - 600_000, Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const records = Array.from({ length: 1000 }, (_, i) =>
      usageRecord({ occurredAt: new Date(from + Math.floor(((now.getTime() - from) * i) / 1000)).toISOString(), projectId: i % 2 ? project : null, latencyMs: 100 + i }),
    );
    const results = await Promise.all(Array.from({ length: 5 }, () => h.request(RECORD, { organizationId, records }, key)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const outcomes = results.map((r) => r.data.recordLlmUsage);
    expect(outcomes.reduce((sum, o) => sum + o.accepted, 0)).toBe(1000);
    expect(outcomes.reduce((sum, o) => sum + o.skipped, 0)).toBe(4000);

    expect(await rawRequestCount(h, organizationId)).toBe(1000);
    for (const table of ['usage_hourly', 'usage_daily']) {
      const [sums] = await h.database.query<{ requests: string; cost: string; latencies: string }>(
        `select sum(requests)::text as requests, sum(cost_micros)::text as cost, sum(latency_count)::text as latencies from metrics.${table} where organization_id = $1`,
        [organizationId],
      );
      expect(sums, table).toEqual({ requests: '1000', cost: '60000000', latencies: '1000' });
    }
    const [spend] = await h.database.query<{ total: string }>('select sum(spent_micros)::text as total from metrics.budget_spend where budget_id = $1', [budgetId]);
    expect(spend!.total).toBe('60000000');
    const read = await h.request('query($id: ID!) { budget(id: $id) { spentUsd } }', { id: budgetId }, admin);
    expect(read.data.budget.spentUsd).toBe('60.000000');
  });

  it('lets two organizations use the same request id', async () => {
    const a = organizationWith(h, 'member');
    const b = organizationWith(h, 'member');
    const record = usageRecord();
    expect((await h.request(RECORD, { organizationId: a.organizationId, records: [record] }, a.caller)).data.recordLlmUsage.accepted).toBe(1);
    expect((await h.request(RECORD, { organizationId: b.organizationId, records: [record] }, b.caller)).data.recordLlmUsage.accepted).toBe(1);
  });

  it('rejects the whole call when one record is malformed, naming the record index and field', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const records = [usageRecord(), usageRecord(), usageRecord(), usageRecord({ inputTokens: -5 }), usageRecord({ projectId: 'not-an-id' })];
    const res = await h.request(RECORD, { organizationId, records }, caller);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records.3.inputTokens' });
    expect(res.errors?.[0]?.message).toMatch(/records\.3\.inputTokens/);
    expect(res.errors?.[0]?.extensions?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'records.3.inputTokens' }),
        expect.objectContaining({ field: 'records.4.projectId' }),
      ]),
    );
    expect(await rawRequestCount(h, organizationId)).toBe(0);
  });

  it('checks the rules that span fields and the bounds of a call', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const cases: [Record<string, unknown>, string][] = [
      [{ errorType: 'timeout' }, 'records.0.errorType'],
      [{ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }, 'records.0.occurredAt'],
      [{ latencyMs: 100, timeToFirstTokenMs: 200 }, 'records.0.timeToFirstTokenMs'],
      [{ attributes: { blob: 'x'.repeat(3000) } }, 'records.0.attributes'],
      [{ attributes: ['not', 'an', 'object'] }, 'records.0.attributes'],
      [{ requestId: '' }, 'records.0.requestId'],
      [{ model: 'x'.repeat(201) }, 'records.0.model'],
      [{ versionId: randomUUID() }, 'records.0.projectId'],
    ];
    for (const [override, field] of cases) {
      const res = await h.request(RECORD, { organizationId, records: [usageRecord(override)] }, caller);
      expect(res.errors?.[0]?.extensions, JSON.stringify(override).slice(0, 80)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const tooMany = await h.request(RECORD, { organizationId, records: Array.from({ length: 1001 }, () => usageRecord()) }, caller);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records' });
    const none = await h.request(RECORD, { organizationId, records: [] }, caller);
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records' });
    const badMoney = await h.request(RECORD, { organizationId, records: [usageRecord({ costUsd: '0.0000001' })] }, caller);
    expect(badMoney.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rawRequestCount(h, organizationId)).toBe(0);
  });

  it('refuses ids that are not the organization’s, naming each record and field, and writes nothing', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const other = organizationWith(h, 'member').organizationId;
    const project = h.project(organizationId);
    const version = h.version(organizationId, project);
    const sibling = h.project(organizationId);
    const siblingVersion = h.version(organizationId, sibling);
    const foreignProject = h.project(other);
    const listener = await collect(h.bus, METRICS_TOPICS.llmUsageRecorded);
    const records = [
      usageRecord({ projectId: project, versionId: version, teamId: h.team(organizationId), userId: h.user(organizationId) }),
      usageRecord({ projectId: foreignProject }),
      usageRecord({ projectId: project, versionId: h.version(other, foreignProject) }),
      usageRecord({ projectId: project, versionId: siblingVersion }),
      usageRecord({ teamId: h.team(other) }),
      usageRecord({ userId: h.user(other) }),
      usageRecord({ projectId: randomUUID(), versionId: randomUUID() }),
    ];
    const res = await h.request(RECORD, { organizationId, records }, caller);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records.1.projectId' });
    expect(res.errors?.[0]?.message).toBe('records.1.projectId: is not a project of this organization');
    expect(res.errors?.[0]?.extensions?.issues).toEqual([
      { field: 'records.1.projectId', message: 'is not a project of this organization' },
      { field: 'records.2.versionId', message: 'is not a version of a project of this organization' },
      { field: 'records.3.versionId', message: 'is a version of another project than projectId' },
      { field: 'records.4.teamId', message: 'is not a team of this organization' },
      { field: 'records.5.userId', message: 'is not a member of this organization' },
      { field: 'records.6.projectId', message: 'is not a project of this organization' },
      { field: 'records.6.versionId', message: 'is not a version of a project of this organization' },
    ]);
    await settle();
    expect(await rawRequestCount(h, organizationId)).toBe(0);
    const batches = await h.database.query<{ n: number }>('select count(*)::int as n from metrics.llm_usage_batches where organization_id = $1', [organizationId]);
    expect(Number(batches[0]!.n)).toBe(0);
    expect(listener.events.filter((event) => event.organizationId === organizationId)).toEqual([]);
    await listener.stop();

    // The first record alone is the organization's own: accepted.
    const alone = await h.request(RECORD, { organizationId, records: [records[0]] }, caller);
    expect(alone.data.recordLlmUsage.accepted).toBe(1);
  });

  it('checks the ids of a whole call with one lookup per owning subgraph, and none when it names no id', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const projects = [h.project(organizationId), h.project(organizationId), h.project(organizationId)];
    const teams = [h.team(organizationId), h.team(organizationId)];
    const users = [h.user(organizationId), h.user(organizationId)];
    const records = Array.from({ length: 1000 }, (_, i) =>
      usageRecord({ projectId: projects[i % 3], teamId: teams[i % 2], userId: users[(i >> 1) % 2] }),
    );
    const before = { ...h.lookups };
    const res = await h.request(RECORD, { organizationId, records }, caller);
    expect(res.data.recordLlmUsage.accepted).toBe(1000);
    expect(h.lookups).toEqual({ projects: before.projects + 1, members: before.members + 1 });
    await h.request(RECORD, { organizationId, records: [usageRecord(), usageRecord()] }, caller);
    expect(h.lookups).toEqual({ projects: before.projects + 1, members: before.members + 1 });
  });

  it('accepts a full call of 1,000 records', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const res = await h.request(RECORD, { organizationId, records: Array.from({ length: 1000 }, () => usageRecord({ attributes: { route: '/chat' } })) }, caller);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordLlmUsage.accepted).toBe(1000);
    expect(res.data.recordLlmUsage.costUsd).toBe('60.000000');
  });

  it('stores request ids and attributes verbatim, semicolons, quotes, backslashes and braces included', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const tricky = usageRecord({ requestId: "NULL, {id}; drop table x; --'\"\\", attributes: { note: "a;b 'quoted' \"double\" \\back, {brace}\nline é", nested: { list: [1, 2] }, none: null } });
    const res = await h.request(RECORD, { organizationId, records: [tricky] }, caller);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordLlmUsage.accepted).toBe(1);
    const [row] = await h.database.query<{ request_id: string; attributes: unknown }>(
      'select request_id, attributes from metrics.llm_requests where organization_id = $1',
      [organizationId],
    );
    expect(row).toEqual({ request_id: tricky.requestId, attributes: tricky.attributes });
  });

  it('records models without a price at zero cost and names them', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const res = await h.request(RECORD, { organizationId, records: [usageRecord({ provider: 'mistral', model: 'mistral-large' }), usageRecord()] }, caller);
    expect(res.data.recordLlmUsage).toMatchObject({ accepted: 2, unpricedModels: ['mistral/mistral-large'], costUsd: '0.060000' });
    const rows = await h.database.query<{ cost_source: string; price_id: string | null }>(
      'select cost_source, price_id from metrics.llm_requests where organization_id = $1 order by cost_source',
      [organizationId],
    );
    expect(rows.map((row) => row.cost_source)).toEqual(['COMPUTED', 'UNPRICED']);
    expect(rows[0]!.price_id).not.toBeNull();
    expect(rows[1]!.price_id).toBeNull();
  });
});
