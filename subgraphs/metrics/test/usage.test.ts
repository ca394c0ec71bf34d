import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATENCY_RELATIVE_ERROR, bucketValue, latencyBucket } from '../src/modules/usage/latency-histogram.js';
import { RECORD, organizationWith, startMetricsHarness, usageRecord, type MetricsHarness } from './harness.js';

let h: MetricsHarness;
const projectA = randomUUID();
const projectB = randomUUID();
const userU = randomUUID();
const userV = randomUUID();
const teamT = randomUUID();
let org: ReturnType<typeof organizationWith>;

/** Seven requests over two days, small enough to compute every figure by hand. */
const records = [
  usageRecord({ occurredAt: '2024-05-01T10:05:00Z', projectId: projectA, teamId: teamT, userId: userU, inputTokens: 1000, outputTokens: 500, latencyMs: 100 }), // 60000 µ$
  usageRecord({ occurredAt: '2024-05-01T10:20:00Z', projectId: projectA, teamId: teamT, userId: userU, inputTokens: 2000, outputTokens: 0, latencyMs: 200 }), // 60000
  usageRecord({ occurredAt: '2024-05-01T11:00:00Z', projectId: projectA, model: 'gpt-3.5-turbo', inputTokens: 1000, outputTokens: 1000, latencyMs: 300, status: 'ERROR', errorType: 'timeout' }), // 2000
  usageRecord({ occurredAt: '2024-05-01T15:30:00Z', projectId: projectB, provider: 'anthropic', model: 'claude-3-haiku-20240307', inputTokens: 4000, outputTokens: 800, latencyMs: 400 }), // 2000
  usageRecord({ occurredAt: '2024-05-02T09:00:00Z', projectId: projectA, userId: userV, inputTokens: 100, outputTokens: 100, latencyMs: 1000 }), // 9000
  usageRecord({ occurredAt: '2024-05-02T09:30:00Z', inputTokens: 0, outputTokens: 0, latencyMs: null, costUsd: '1' }), // 1000000
  usageRecord({ occurredAt: '2024-05-02T23:59:59Z', projectId: projectB, provider: 'anthropic', model: 'claude-3-haiku-20240307', inputTokens: 1000, outputTokens: 0, latencyMs: 5000 }), // 250
];

const USAGE = /* GraphQL */ `
  fragment Stats on UsageStats {
    requests errors errorRate inputTokens outputTokens cacheReadTokens cacheWriteTokens costUsd costPerRequestUsd latencyP50Ms latencyP95Ms latencyP99Ms
  }
  query Usage($organizationId: ID!, $filter: UsageFilter!, $groupBy: [UsageDimension!], $granularity: UsageGranularity, $top: Int) {
    usage(organizationId: $organizationId, filter: $filter, groupBy: $groupBy, granularity: $granularity, top: $top) {
      from to granularity groupBy source latencyRelativeError groupCount
      totals { ...Stats }
      buckets { start end stats { ...Stats } }
      groups {
        group { projectId project { id } versionId teamId userId user { id } provider model }
        totals { ...Stats }
        buckets { start stats { requests costUsd } }
      }
    }
  }
`;

const TWO_DAYS = { from: '2024-05-01T00:00:00.000Z', to: '2024-05-03T00:00:00.000Z' };
const estimate = (ms: number) => bucketValue(latencyBucket(ms));

beforeAll(async () => {
  h = await startMetricsHarness();
  org = organizationWith(h, 'viewer');
  h.know(org.organizationId, { projects: [projectA, projectB], teams: [teamT], users: [userU, userV] });
  const writer = h.apiKey(org.organizationId);
  // Two calls, so rollup rows shared by both (10:00, project A, gpt-4) are merged by the upsert.
  for (const part of [records.slice(0, 1), records.slice(1)]) {
    const res = await h.request(RECORD, { organizationId: org.organizationId, records: part }, writer);
    expect(res.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await h?.stop();
});

async function usage(variables: Record<string, unknown>, as = org.caller) {
  return h.request(USAGE, { organizationId: org.organizationId, ...variables }, as);
}

describe('usage totals and series', () => {
  it('answers a day-aligned range from the daily rollup with hand-computed sums and dense daily buckets', async () => {
    const res = await usage({ filter: TWO_DAYS });
    expect(res.errors).toBeUndefined();
    const report = res.data.usage;
    expect(report).toMatchObject({ source: 'DAILY_ROLLUP', granularity: 'DAY', groupBy: [], groups: [], groupCount: 0 });
    expect(report.latencyRelativeError).toBeCloseTo(LATENCY_RELATIVE_ERROR, 12);
    expect(report.totals).toMatchObject({
      requests: 7,
      errors: 1,
      inputTokens: 9100,
      outputTokens: 2400,
      cacheReadTokens: 0,
      costUsd: '1.133250',
      costPerRequestUsd: '0.161893', // 1,133,250 / 7 = 161,892.86 µ$
    });
    expect(report.totals.errorRate).toBeCloseTo(1 / 7, 12);
    expect(report.buckets.map((b: any) => [b.start, b.end, b.stats.requests, b.stats.costUsd])).toEqual([
      ['2024-05-01T00:00:00.000Z', '2024-05-02T00:00:00.000Z', 4, '0.124000'],
      ['2024-05-02T00:00:00.000Z', '2024-05-03T00:00:00.000Z', 3, '1.009250'],
    ]);
  });

  it('merges histograms for rollup percentiles, within the documented error of the nearest-rank value', async () => {
    const { totals, buckets } = (await usage({ filter: TWO_DAYS })).data.usage;
    // Latencies [100, 200, 300, 400, 1000, 5000] (one request reported none): ranks 3, 6, 6.
    expect(totals.latencyP50Ms).toBe(estimate(300));
    expect(totals.latencyP95Ms).toBe(estimate(5000));
    expect(totals.latencyP99Ms).toBe(estimate(5000));
    expect(Math.abs(totals.latencyP50Ms - 300) / 300).toBeLessThanOrEqual(LATENCY_RELATIVE_ERROR);
    // Day 1 [100, 200, 300, 400]: rank 2; day 2 [1000, 5000]: rank 1.
    expect(buckets[0].stats.latencyP50Ms).toBe(estimate(200));
    expect(buckets[1].stats.latencyP50Ms).toBe(estimate(1000));
  });

  it('computes exact nearest-rank percentiles from raw rows when the range is not aligned, never averaging buckets', async () => {
    const res = await usage({ filter: { from: '2024-05-01T00:30:00.000Z', to: TWO_DAYS.to } });
    const report = res.data.usage;
    expect(report.source).toBe('RAW');
    expect(report.latencyRelativeError).toBe(0);
    // Nearest rank over [100, 200, 300, 400, 1000, 5000]: ranks ⌈0.5 × 6⌉ = 3, ⌈0.95 × 6⌉ = 6, ⌈0.99 × 6⌉ = 6.
    expect(report.totals.latencyP50Ms).toBe(300);
    expect(report.totals.latencyP95Ms).toBe(5000);
    expect(report.totals.latencyP99Ms).toBe(5000);
    // Day 1 [100, 200, 300, 400]: rank 2; day 2 [1000, 5000]: rank 1. Their average (600) is not the median of both days.
    expect(report.buckets[0].stats.latencyP50Ms).toBe(200);
    expect(report.buckets[1].stats.latencyP50Ms).toBe(1000);
    expect(report.buckets[0].start).toBe('2024-05-01T00:30:00.000Z');
    expect(report.totals).toMatchObject({ requests: 7, costUsd: '1.133250', inputTokens: 9100 });
  });

  it('gives the same percentiles from raw rows as from the rollup, within the histogram’s documented error', async () => {
    const rolled = (await usage({ filter: TWO_DAYS })).data.usage;
    // Half an hour off the day boundary: the same requests, answered from raw rows.
    const raw = (await usage({ filter: { from: '2024-05-01T00:30:00.000Z', to: TWO_DAYS.to } })).data.usage;
    expect([rolled.source, raw.source]).toEqual(['DAILY_ROLLUP', 'RAW']);
    const pairs: [number, number][] = [];
    for (const field of ['latencyP50Ms', 'latencyP95Ms', 'latencyP99Ms']) {
      pairs.push([rolled.totals[field], raw.totals[field]]);
      for (const day of [0, 1]) pairs.push([rolled.buckets[day].stats[field], raw.buckets[day].stats[field]]);
    }
    for (const [estimate, exact] of pairs) expect(Math.abs(estimate - exact) / exact).toBeLessThanOrEqual(LATENCY_RELATIVE_ERROR);
  });

  it('answers hour-aligned ranges from the hourly rollup, one bucket per hour', async () => {
    const report = (await usage({ filter: { from: '2024-05-01T00:00:00.000Z', to: '2024-05-02T00:00:00.000Z' }, granularity: 'HOUR' })).data.usage;
    expect(report.source).toBe('HOURLY_ROLLUP');
    expect(report.buckets).toHaveLength(24);
    const ten = report.buckets[10];
    expect(ten).toMatchObject({ start: '2024-05-01T10:00:00.000Z', end: '2024-05-01T11:00:00.000Z' });
    expect(ten.stats).toMatchObject({ requests: 2, costUsd: '0.120000', latencyP50Ms: estimate(100), latencyP99Ms: estimate(200) });
    expect(report.buckets[12].stats).toMatchObject({ requests: 0, costUsd: '0.000000', errorRate: 0, costPerRequestUsd: null, latencyP50Ms: null });
    expect(report.totals).toMatchObject({ requests: 4, errors: 1, costUsd: '0.124000' });
  });

  it('rolls days into ISO weeks and months', async () => {
    const weekly = (await usage({ filter: { from: '2024-04-29T00:00:00.000Z', to: '2024-05-13T00:00:00.000Z' }, granularity: 'WEEK' })).data.usage;
    expect(weekly.buckets.map((b: any) => [b.start, b.stats.requests])).toEqual([
      ['2024-04-29T00:00:00.000Z', 7],
      ['2024-05-06T00:00:00.000Z', 0],
    ]);
    const monthly = (await usage({ filter: { from: '2024-04-01T00:00:00.000Z', to: '2024-06-01T00:00:00.000Z' }, granularity: 'MONTH' })).data.usage;
    expect(monthly.buckets.map((b: any) => [b.start, b.stats.costUsd])).toEqual([
      ['2024-04-01T00:00:00.000Z', '0.000000'],
      ['2024-05-01T00:00:00.000Z', '1.133250'],
    ]);
  });

  it('filters by project, provider and model', async () => {
    const a = (await usage({ filter: { ...TWO_DAYS, projectId: projectA } })).data.usage.totals;
    expect(a).toMatchObject({ requests: 4, errors: 1, costUsd: '0.131000' });
    const anthropic = (await usage({ filter: { ...TWO_DAYS, provider: 'Anthropic' } })).data.usage.totals;
    expect(anthropic).toMatchObject({ requests: 2, costUsd: '0.002250', inputTokens: 5000 });
    const gpt35 = (await usage({ filter: { ...TWO_DAYS, model: 'gpt-3.5-turbo' } })).data.usage.totals;
    expect(gpt35).toMatchObject({ requests: 1, errors: 1, errorRate: 1 });
    const team = (await usage({ filter: { ...TWO_DAYS, teamId: teamT } })).data.usage.totals;
    expect(team).toMatchObject({ requests: 2, costUsd: '0.120000' });
  });
});

describe('grouped usage', () => {
  it('ranks groups by cost and returns the top ones with their own series', async () => {
    const report = (await usage({ filter: TWO_DAYS, groupBy: ['PROJECT'], top: 2 })).data.usage;
    expect(report.groupCount).toBe(3);
    expect(report.groups.map((g: any) => [g.group.projectId, g.totals.costUsd, g.totals.requests])).toEqual([
      [null, '1.000000', 1],
      [projectA, '0.131000', 4],
    ]);
    const a = report.groups[1];
    expect(a.group.project).toEqual({ id: projectA });
    expect(a.group.userId).toBeNull();
    expect(a.buckets.map((b: any) => [b.start, b.stats.requests, b.stats.costUsd])).toEqual([
      ['2024-05-01T00:00:00.000Z', 3, '0.122000'],
      ['2024-05-02T00:00:00.000Z', 1, '0.009000'],
    ]);
    // Group percentiles merge only that group's histograms: A's latencies are [100, 200, 300, 1000].
    expect(a.totals.latencyP50Ms).toBe(estimate(200));
    expect(report.totals.requests).toBe(7);
  });

  it('groups by several dimensions at once', async () => {
    const report = (await usage({ filter: TWO_DAYS, groupBy: ['PROVIDER', 'MODEL'] })).data.usage;
    expect(report.groups.map((g: any) => [g.group.provider, g.group.model, g.totals.requests, g.totals.costUsd])).toEqual([
      ['openai', 'gpt-4', 4, '1.129000'],
      ['anthropic', 'claude-3-haiku-20240307', 2, '0.002250'],
      ['openai', 'gpt-3.5-turbo', 1, '0.002000'],
    ]);
    expect(report.groups[0].group.projectId).toBeNull();
  });

  it('needs top to group by user, and reads users from raw rows', async () => {
    const missing = await usage({ filter: TWO_DAYS, groupBy: ['USER'] });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'args.top' });
    const report = (await usage({ filter: TWO_DAYS, groupBy: ['USER'], top: 5 })).data.usage;
    expect(report.source).toBe('RAW');
    expect(report.groups.map((g: any) => [g.group.userId, g.group.user?.id ?? null, g.totals.requests, g.totals.costUsd])).toEqual([
      [null, null, 4, '1.004250'],
      [userU, userU, 2, '0.120000'],
      [userV, userV, 1, '0.009000'],
    ]);
    const one = (await usage({ filter: { ...TWO_DAYS, userId: userU } })).data.usage;
    // Nearest rank of [100, 200]: rank 1.
    expect(one).toMatchObject({ source: 'RAW', totals: { requests: 2, latencyP50Ms: 100, latencyP99Ms: 200 } });
  });
});

describe('usage arguments and access', () => {
  it('names the offending argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ filter: { ...TWO_DAYS, projectId: 'nope' } }, 'args.filter.projectId'],
      [{ filter: { from: TWO_DAYS.to, to: TWO_DAYS.from } }, 'args.filter.to'],
      [{ filter: { from: '2024-01-01T00:00:00Z', to: '2024-03-01T00:00:00Z' }, granularity: 'HOUR' }, 'filter.to'],
      [{ filter: TWO_DAYS, groupBy: ['PROJECT'], top: 101 }, 'args.top'],
    ];
    for (const [variables, field] of cases) {
      const res = await usage(variables);
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('shows nothing of one organization to another', async () => {
    const other = organizationWith(h, 'owner');
    const res = await h.request(USAGE, { organizationId: org.organizationId, filter: TWO_DAYS }, other.caller);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
    const own = await h.request(USAGE, { organizationId: other.organizationId, filter: TWO_DAYS }, other.caller);
    expect(own.data.usage.totals).toMatchObject({ requests: 0, costUsd: '0.000000' });
    const anonymous = await h.request(USAGE, { organizationId: org.organizationId, filter: TWO_DAYS }, { kind: 'anonymous' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
