import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKFILL_USAGE_MONTHLY_TOTALS } from '../src/migrations/0003-usage-monthly-totals.js';
import { BACKFILL_USAGE_TOTALS } from '../src/migrations/0004-usage-totals.js';
import { addLatency, bucketValue, histogramQuantile } from '../src/modules/usage/latency-histogram.js';
import { RECORD, organizationWith, startMetricsHarness, usageRecord, type MetricsHarness } from './harness.js';

// The `usage` of projects and versions reads ids whose usage lies wholly in the range from their
// all-time totals, whole months from the monthly totals and the rest from daily rows; these tests
// hold it to the figures of the daily rollup over ranges that cut months.

let h: MetricsHarness;
let org: ReturnType<typeof organizationWith>;
let projectA: string;
let projectB: string;
let v1: string;
let v2: string;

interface Sent {
  at: number;
  projectId: string;
  versionId: string | null;
  latencyMs: number | null;
  error: boolean;
  costMicros: number;
  inputTokens: number;
  outputTokens: number;
}
const sent: Sent[] = [];

const DAY = 86_400_000;
const FIRST = Date.UTC(2024, 0, 20);
const LAST = Date.UTC(2024, 3, 10);

/** Usage from 2024-01-20 to 2024-04-10: two versions of A (v1 until February, v2 from February), some without a version, and B. */
function plan(): Sent[] {
  const out: Sent[] = [];
  for (let day = FIRST, i = 0; day <= LAST; day += 2 * DAY, i++) {
    const versionId = day < Date.UTC(2024, 1, 10) ? v1 : day < Date.UTC(2024, 1, 20) ? (i % 2 ? v1 : v2) : i % 5 === 0 ? null : v2;
    for (let k = 0; k < 3; k++) {
      const latencyMs = k === 2 && i % 4 === 0 ? null : 40 + ((i * 97 + k * 1_531) % 6_000);
      const projectId = k === 1 && i % 3 === 0 ? projectB : projectA;
      out.push({ at: day + (k * 7 + 1) * 3_600_000, projectId, versionId: projectId === projectA ? versionId : null, latencyMs, error: (i + k) % 6 === 0, costMicros: 1_000 + i * 10 + k, inputTokens: 100 + i, outputTokens: 10 * k });
    }
  }
  return out;
}

/** What the daily rollup (and so `usage`) gives for one id over [from, to), computed from what was sent. */
function expected(match: (record: Sent) => boolean, from: number, to: number) {
  const rows = sent.filter((record) => match(record) && record.at >= from && record.at < to);
  const histogram: number[] = [];
  for (const row of rows) if (row.latencyMs !== null) addLatency(histogram, row.latencyMs);
  const requests = rows.length;
  const errors = rows.filter((row) => row.error).length;
  const cost = rows.reduce((sum, row) => sum + row.costMicros, 0);
  return {
    requests,
    errors,
    errorRate: requests === 0 ? 0 : errors / requests,
    inputTokens: rows.reduce((sum, row) => sum + row.inputTokens, 0),
    outputTokens: rows.reduce((sum, row) => sum + row.outputTokens, 0),
    costUsd: (cost / 1e6).toFixed(6),
    costPerRequestUsd: requests === 0 ? null : (Math.round(cost / requests) / 1e6).toFixed(6),
    latencyP50Ms: histogramQuantile(histogram, 0.5),
    latencyP95Ms: histogramQuantile(histogram, 0.95),
  };
}

const FIGURES = 'requests errors errorRate inputTokens outputTokens costUsd costPerRequestUsd latencyP50Ms latencyP95Ms';
const FIELDS = `query($r: [_Any!]!, $from: DateTime, $to: DateTime) { _entities(representations: $r) {
  ... on Project { id usage(from: $from, to: $to) { ${FIGURES} } }
  ... on ProjectVersion { id usage(from: $from, to: $to) { ${FIGURES} } } } }`;
const REPORT = `query($organizationId: ID!, $filter: UsageFilter!) {
  usage(organizationId: $organizationId, filter: $filter, granularity: MONTH) { source totals { ${FIGURES} } } }`;

/** The `usage` fields of project A, v1 and v2 over a range (all recorded usage without one). */
async function fields(range: { from?: string; to?: string }) {
  const project = { __typename: 'Project', id: projectA, organization: { id: org.organizationId } };
  const version = (id: string) => ({ __typename: 'ProjectVersion', id, project: { organization: { id: org.organizationId } } });
  const res = await h.request(FIELDS, { r: [project, version(v1), version(v2)], ...range }, org.caller);
  expect(res.errors).toBeUndefined();
  return res.data._entities.map((entity: { usage: unknown }) => entity.usage);
}

/** The organization's usage report of one project or version over a range, which reads daily rows. */
async function report(filter: Record<string, string>) {
  const res = await h.request(REPORT, { organizationId: org.organizationId, filter }, org.caller);
  expect(res.errors).toBeUndefined();
  expect(res.data.usage.source).toBe('DAILY_ROLLUP');
  return res.data.usage.totals;
}

beforeAll(async () => {
  h = await startMetricsHarness();
  org = organizationWith(h, 'admin');
  projectA = h.project(org.organizationId);
  projectB = h.project(org.organizationId);
  v1 = h.version(org.organizationId, projectA);
  v2 = h.version(org.organizationId, projectA);
  sent.push(...plan());
  const records = sent.map((record) =>
    usageRecord({
      occurredAt: new Date(record.at).toISOString(),
      projectId: record.projectId,
      versionId: record.versionId,
      latencyMs: record.latencyMs,
      status: record.error ? 'ERROR' : 'SUCCESS',
      ...(record.error ? { errorType: 'timeout' } : {}),
      costUsd: (record.costMicros / 1e6).toFixed(6),
      inputTokens: record.inputTokens,
      outputTokens: record.outputTokens,
    }),
  );
  // Several calls, so monthly rows are merged by the upsert as daily ones are.
  for (let start = 0; start < records.length; start += 25) {
    const res = await h.request(RECORD, { organizationId: org.organizationId, records: records.slice(start, start + 25) }, org.caller);
    expect(res.errors).toBeUndefined();
  }
  // "All recorded usage" ends with the pinned day.
  h.setNow(new Date(LAST + 12 * 3_600_000));
});
afterAll(async () => {
  await h?.stop();
});

const iso = (ms: number) => new Date(ms).toISOString();
const RANGES: [string, number, number][] = [
  ['whole calendar months', Date.UTC(2024, 0, 1), Date.UTC(2024, 4, 1)],
  ['whole months holding all of v1 but part of v2', Date.UTC(2024, 0, 1), Date.UTC(2024, 2, 1)],
  ['both ends inside months that hold usage outside the range', Date.UTC(2024, 0, 25), Date.UTC(2024, 2, 17)],
  ['a month start to a day inside a month with later usage', Date.UTC(2024, 1, 1), Date.UTC(2024, 3, 5)],
  ['ends that cut calendar months but no usage', FIRST, LAST + DAY],
  ['days inside one month', Date.UTC(2024, 2, 3), Date.UTC(2024, 2, 20)],
  ['one day without usage', Date.UTC(2024, 1, 15), Date.UTC(2024, 1, 16)],
  ['the day of the last usage alone', LAST, LAST + DAY],
];

describe('usage of projects and versions over ranges that cut months', () => {
  it.each(RANGES)('equals the daily rollup over %s', async (_name, from, to) => {
    const [a, first, second] = await fields({ from: iso(from), to: iso(to) });
    expect(a).toEqual(expected((r) => r.projectId === projectA, from, to));
    expect(first).toEqual(expected((r) => r.versionId === v1, from, to));
    expect(second).toEqual(expected((r) => r.versionId === v2, from, to));
    expect(a).toEqual(await report({ from: iso(from), to: iso(to), projectId: projectA }));
    expect(second).toEqual(await report({ from: iso(from), to: iso(to), versionId: v2 }));
  });

  it('equals the daily rollup over all recorded usage, the dashboard range', async () => {
    const [a, first, second] = await fields({});
    const allTime = { from: '2000-01-01T00:00:00.000Z', to: iso(LAST + DAY) };
    expect(a).toEqual(await report({ ...allTime, projectId: projectA }));
    expect(first).toEqual(await report({ ...allTime, versionId: v1 }));
    expect(second).toEqual(expected((r) => r.versionId === v2, 0, LAST + DAY));
  });

  it('keeps each month the exact sum of its days, as the migration rolls them up', async () => {
    const monthly = `select bucket_start, project_id, version_id, requests::text, errors::text, input_tokens::text,
        output_tokens::text, cost_micros::text, latency_count::text, latency_histogram, first_day, last_day
      from metrics.usage_monthly_totals where organization_id = $1 order by bucket_start, project_id, version_id nulls first`;
    const kept = await h.database.query(monthly, [org.organizationId]);
    // Per month: A's versions, A without a version, and B.
    expect(kept.length).toBeGreaterThanOrEqual(10);
    await h.database.query('delete from metrics.usage_monthly_totals where organization_id = $1', [org.organizationId]);
    await h.database.query(BACKFILL_USAGE_MONTHLY_TOTALS.replace('from metrics.usage_daily', 'from metrics.usage_daily where organization_id = $1'), [org.organizationId]);
    expect(await h.database.query(monthly, [org.organizationId])).toEqual(kept);
  });

  it("keeps each project's and version's all-time row the sum of its months, as the migration rolls them up", async () => {
    const totals = `select dimension, id, requests::text, errors::text, input_tokens::text, output_tokens::text, cost_micros::text,
        latency_count::text, latency_histogram, first_day, last_day, latency_rank_buckets
      from metrics.usage_totals where organization_id = $1 order by dimension, id`;
    const kept = await h.database.query<{ dimension: string; id: string }>(totals, [org.organizationId]);
    expect(kept.map((row) => `${row.dimension} ${row.id}`).sort()).toEqual(
      [`PROJECT ${projectA}`, `PROJECT ${projectB}`, `VERSION ${v1}`, `VERSION ${v2}`].sort(),
    );
    await h.database.query('delete from metrics.usage_totals where organization_id = $1', [org.organizationId]);
    for (const statement of BACKFILL_USAGE_TOTALS.split(';\n')) {
      await h.database.query(statement.replace('is not null', 'is not null and organization_id = $1'), [org.organizationId]);
    }
    expect(await h.database.query(totals, [org.organizationId])).toEqual(kept);
  });

  it("answers a range holding all of an id's usage from its all-time row, and a range that does not from the months and days", async () => {
    // Marks v1's all-time row: only a read of that row shows the mark.
    const mark = (by: number) => h.database.query("update metrics.usage_totals set requests = requests + $1 where organization_id = $2 and dimension = 'VERSION' and id = $3", [by, org.organizationId, v1]);
    await mark(1_000);
    try {
      const whole = await fields({ from: iso(FIRST), to: iso(LAST + DAY) });
      expect(whole[1].requests).toBe(expected((r) => r.versionId === v1, 0, LAST + DAY).requests + 1_000);
      const cut = await fields({ from: iso(FIRST + DAY), to: iso(LAST + DAY) });
      expect(cut[1].requests).toBe(expected((r) => r.versionId === v1, FIRST + DAY, LAST + DAY).requests);
    } finally {
      await mark(-1_000);
    }
  });

  it('picks, in PostgreSQL, the percentile buckets histogramQuantile picks', async () => {
    const histograms = [[], [0, 0, 0], [0, 0, 5], [1], [3, 0, 0, 0, 1], Array.from({ length: 129 }, (_, i) => (i * 7919) % 13)];
    for (let seed = 1; seed <= 20; seed++) histograms.push(Array.from({ length: 1 + ((seed * 37) % 129) }, (_, i) => ((i + 1) * seed * 2654435761) % 97 < 30 ? (i * seed) % 50 : 0));
    for (const histogram of histograms) {
      // Element by element: the embedded driver reads NULL array elements as undefined.
      const ranks = "select r[1] as p0, r[2] as p1, r[3] as p2 from (select metrics.histogram_ranks($1::integer[], '{0.5,0.95,0.99}') as r) x";
      const [row] = await h.database.query<Record<string, number | null>>(ranks, [`{${histogram.join(',')}}`]);
      const picked = [row!.p0, row!.p1, row!.p2].map((bucket) => (bucket === null ? null : bucketValue(Number(bucket))));
      expect(picked).toEqual([0.5, 0.95, 0.99].map((q) => histogramQuantile(histogram, q)));
    }
  });
});
