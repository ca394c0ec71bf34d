import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@steward/kernel/testing';
import type { RecordedRequest } from '@steward/policy/routes';
import { addLatency } from '../src/index.js';
import type { UsagePolicy } from '../src/modules/policy-check/usage-policy.js';
import { RECORD, organizationWith, startMetricsHarness, usageRecord, type MetricsHarness } from './harness.js';

/** Stands in for policy's usage route: keeps every request it was asked to judge, call by call. */
class JudgedRequests implements UsagePolicy {
  readonly calls: string[][] = [];
  readonly requests: { organizationId: string; request: RecordedRequest }[] = [];

  async judge(organizationId: string, requests: readonly RecordedRequest[]) {
    this.calls.push(requests.map((request) => request.requestId));
    this.requests.push(...requests.map((request) => ({ organizationId, request })));
    return { evaluated: requests.length, denied: 0, warned: 0 };
  }
}

const policy = new JudgedRequests();
let h: MetricsHarness;
beforeAll(async () => {
  h = await startMetricsHarness({ usagePolicy: policy });
});
afterAll(async () => {
  await h?.stop();
});

type RollupRow = { grain: string; requests: string; cost: string; latencies: string; histogram: number[] };

/** Every rollup row of an organization, every grain and the monthly totals, in a stable order. */
async function rollups(organizationId: string): Promise<RollupRow[]> {
  const columns = 'organization_id, bucket_start, project_id, requests, cost_micros, latency_count, latency_histogram';
  return h.database.query<RollupRow>(
    `select grain, requests::text, cost_micros::text as cost, latency_count::text as latencies, latency_histogram as histogram from (
       select 'hourly' as grain, model, ${columns} from metrics.usage_hourly
       union all select 'daily' as grain, model, ${columns} from metrics.usage_daily
       union all select 'monthly' as grain, null as model, ${columns} from metrics.usage_monthly_totals
     ) u where organization_id = $1 order by grain, bucket_start, project_id, model`,
    [organizationId],
  );
}

async function budgetSpend(budgetId: string): Promise<string> {
  const [row] = await h.database.query<{ total: string }>('select coalesce(sum(spent_micros), 0)::text as total from metrics.budget_spend where budget_id = $1', [budgetId]);
  return row!.total;
}

/** A dense histogram as rollups store it (no trailing zeros), from raw latencies. */
function histogramOf(latencies: readonly number[]): number[] {
  const histogram: number[] = [];
  for (const ms of latencies) addLatency(histogram, ms);
  return histogram;
}

describe('a recorded call sent again', () => {
  it('adds nothing to rollups, batches or budget spend, and later calls merge into the same rows', async () => {
    const { organizationId, caller } = organizationWith(h, 'admin');
    const created = await h.request(
      'mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }',
      { input: { organizationId, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '1000' } },
      caller,
    );
    const budgetId = created.data.createBudget.id as string;
    // One hour, one project, one model: every record lands in the same hourly, daily and monthly row.
    const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    const at = (minute: number) => new Date(Math.min(hour.getTime() + minute * 60_000, Date.now())).toISOString();
    const project = h.project(organizationId);
    const first = [150, 151, 2200, 9000].map((latencyMs, i) => usageRecord({ projectId: project, latencyMs, occurredAt: at(i) }));
    const later = [3, 151, 40_000].map((latencyMs, i) => usageRecord({ projectId: project, latencyMs, occurredAt: at(i) }));

    expect((await h.request(RECORD, { organizationId, records: first }, caller)).data.recordLlmUsage.accepted).toBe(4);
    const once = await rollups(organizationId);
    const spentOnce = await budgetSpend(budgetId);
    expect(spentOnce).toBe('240000');
    expect(once.map((row) => row.histogram)).toEqual(Array(3).fill(histogramOf([150, 151, 2200, 9000])));

    const again = await h.request(RECORD, { organizationId, records: first }, caller);
    expect(again.data.recordLlmUsage).toMatchObject({ accepted: 0, skipped: 4, batches: [] });
    expect(await rollups(organizationId)).toEqual(once);
    expect(await budgetSpend(budgetId)).toBe(spentOnce);
    const [batches] = await h.database.query<{ n: number }>('select count(*)::int as n from metrics.llm_usage_batches where organization_id = $1', [organizationId]);
    expect(Number(batches!.n)).toBe(1);

    // Histograms of different lengths add element-wise: percentiles stay exact over both calls.
    expect((await h.request(RECORD, { organizationId, records: [...later, ...first] }, caller)).data.recordLlmUsage.accepted).toBe(3);
    const merged = histogramOf([150, 151, 2200, 9000, 3, 151, 40_000]);
    expect(await rollups(organizationId)).toEqual(
      ['daily', 'hourly', 'monthly'].map((grain) => ({ grain, requests: '7', cost: '420000', latencies: '7', histogram: merged })),
    );
    expect(await budgetSpend(budgetId)).toBe('420000');
  });
});

describe('policy checks of recorded usage', () => {
  it('asks policy about every newly recorded request of a large call once, in parts policy answers in time', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const records = Array.from({ length: 450 }, () => usageRecord());
    expect((await h.request(RECORD, { organizationId, records }, caller)).data.recordLlmUsage.accepted).toBe(450);
    expect((await h.request(RECORD, { organizationId, records: records.slice(0, 10) }, caller)).data.recordLlmUsage.accepted).toBe(0);

    const ours = new Set(records.map((record) => record.requestId));
    const judged = await eventually(
      () => policy.calls.filter((call) => call.some((id) => ours.has(id))),
      (calls) => calls.flat().length >= 450,
      'every recorded request judged',
    );
    expect(judged.flat().sort()).toEqual([...ours].sort());
    expect(Math.max(...judged.map((call) => call.length))).toBeLessThanOrEqual(200);
  });

  it('sends policy each organization’s own request when two organizations record the same request id', async () => {
    const ours = organizationWith(h, 'member');
    const theirs = organizationWith(h, 'member');
    const requestIds = [`shared-${randomUUID()}`, `shared-${randomUUID()}`];
    const send = (organization: typeof ours, model: string, inputTokens: number) =>
      h.request(RECORD, { organizationId: organization.organizationId, records: requestIds.map((requestId) => usageRecord({ requestId, model, inputTokens })) }, organization.caller);
    expect((await send(theirs, 'gpt-4o-mini', 7)).data.recordLlmUsage.accepted).toBe(2);
    expect((await send(ours, 'gpt-4o', 1234)).data.recordLlmUsage.accepted).toBe(2);

    const judged = await eventually(
      () => policy.requests.filter(({ request }) => requestIds.includes(request.requestId)),
      (found) => found.length >= 4,
      'both organizations’ requests judged',
    );
    const seen = (organizationId: string) =>
      judged.filter((entry) => entry.organizationId === organizationId).map(({ request }) => ({ requestId: request.requestId, model: request.model, promptTokens: request.promptTokens }));
    expect(seen(ours.organizationId).sort((a, b) => a.requestId.localeCompare(b.requestId))).toEqual([...requestIds].sort().map((requestId) => ({ requestId, model: 'gpt-4o', promptTokens: 1234 })));
    expect(seen(theirs.organizationId).sort((a, b) => a.requestId.localeCompare(b.requestId))).toEqual([...requestIds].sort().map((requestId) => ({ requestId, model: 'gpt-4o-mini', promptTokens: 7 })));
  });
});
