import { TenantRepository } from '@steward/kernel';
import { addSparse, denseHistogram, type SparseHistogram } from './latency-histogram.js';
import type { UsageSums } from './usage.repository.js';

/** Rollup tables: sums and a latency histogram per hour or day and dimension combination (users excluded). */
export type RollupGrain = 'hourly' | 'daily';

/** What one ingest adds to one rollup row: its key, the sums and the latencies. */
export interface RollupDelta extends UsageSums {
  bucketStart: Date;
  projectId: string | null;
  versionId: string | null;
  teamId: string | null;
  provider: string;
  model: string;
  latencyCount: number;
  latencyHistogram: SparseHistogram;
}

/**
 * What one ingest adds to a row of the monthly totals, kept per project and version only (the
 * `usage` of projects and versions needs no other dimension), with the first and last day of the
 * usage the row holds.
 */
export interface MonthlyDelta extends Omit<RollupDelta, 'teamId' | 'provider' | 'model'> {
  firstDay: Date;
  lastDay: Date;
}

/** The key of a rollup row, as a string (for grouping deltas in memory and ordering upserts). */
export function rollupKey(delta: Pick<RollupDelta, 'bucketStart' | 'projectId' | 'versionId' | 'teamId' | 'provider' | 'model'>): string {
  return [delta.bucketStart.getTime(), delta.projectId ?? '', delta.versionId ?? '', delta.teamId ?? '', delta.provider, delta.model].join('\u0000');
}

const COLUMNS = `organization_id, bucket_start, project_id, version_id, team_id, provider, model, requests, errors,
  input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_micros, latency_count, latency_histogram`;
const RECORD_TYPE = `(position integer, bucket_start timestamptz, project_id uuid, version_id uuid, team_id uuid, provider varchar,
  model varchar, requests bigint, errors bigint, input_tokens bigint, output_tokens bigint, cache_read_tokens bigint,
  cache_write_tokens bigint, cost_micros bigint, latency_count bigint, latency_histogram integer[])`;
/** Adds the incoming row `excluded` to the stored row `u`. */
const ADD_SUMS = `requests = u.requests + excluded.requests,
      errors = u.errors + excluded.errors,
      input_tokens = u.input_tokens + excluded.input_tokens,
      output_tokens = u.output_tokens + excluded.output_tokens,
      cache_read_tokens = u.cache_read_tokens + excluded.cache_read_tokens,
      cache_write_tokens = u.cache_write_tokens + excluded.cache_write_tokens,
      cost_micros = u.cost_micros + excluded.cost_micros,
      latency_count = u.latency_count + excluded.latency_count,
      latency_histogram = metrics.histogram_add(u.latency_histogram, excluded.latency_histogram)`;

/** The upsert of one grain's deltas (a JSON array bound to its `?`), in position order. */
function upsert(grain: RollupGrain): string {
  return `insert into metrics.usage_${grain} as u (${COLUMNS})
    select o.organization_id, r.bucket_start, r.project_id, r.version_id, r.team_id, r.provider, r.model, r.requests, r.errors,
      r.input_tokens, r.output_tokens, r.cache_read_tokens, r.cache_write_tokens, r.cost_micros, r.latency_count, r.latency_histogram
    from json_to_recordset(?::json) as r${RECORD_TYPE}
    cross join organization as o
    where {{tenant:o}}
    order by r.position
    on conflict (organization_id, bucket_start, project_id, version_id, team_id, provider, model) do update set
      ${ADD_SUMS}`;
}

/** The upsert of the monthly totals (a JSON array bound to its `?`), in position order. */
const UPSERT_MONTHLY = `insert into metrics.usage_monthly_totals as u (organization_id, bucket_start, project_id, version_id, requests, errors,
    input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_micros, latency_count, latency_histogram, first_day, last_day)
  select o.organization_id, r.bucket_start, r.project_id, r.version_id, r.requests, r.errors, r.input_tokens, r.output_tokens,
    r.cache_read_tokens, r.cache_write_tokens, r.cost_micros, r.latency_count, r.latency_histogram, r.first_day, r.last_day
  from json_to_recordset(?::json) as r(position integer, bucket_start timestamptz, project_id uuid, version_id uuid, requests bigint,
    errors bigint, input_tokens bigint, output_tokens bigint, cache_read_tokens bigint, cache_write_tokens bigint, cost_micros bigint,
    latency_count bigint, latency_histogram integer[], first_day timestamptz, last_day timestamptz)
  cross join organization as o
  where {{tenant:o}}
  order by r.position
  on conflict (organization_id, bucket_start, project_id, version_id) do update set
    ${ADD_SUMS},
    first_day = least(u.first_day, excluded.first_day),
    last_day = greatest(u.last_day, excluded.last_day)`;

/** The key of a monthly row, as a string (for grouping and ordering like {@link rollupKey}). */
function monthKey(delta: Pick<MonthlyDelta, 'bucketStart' | 'projectId' | 'versionId'>): string {
  return [delta.bucketStart.getTime(), delta.projectId ?? '', delta.versionId ?? ''].join('\u0000');
}

/**
 * The monthly deltas of a set of daily ones: a month's row is the sum of its days' rows (over every
 * team, provider and model), which is what lets the totals read a month instead of its days
 * without changing a figure.
 */
function monthlyDeltas(daily: readonly RollupDelta[]): MonthlyDelta[] {
  const months = new Map<string, MonthlyDelta>();
  for (const day of daily) {
    const bucketStart = new Date(Date.UTC(day.bucketStart.getUTCFullYear(), day.bucketStart.getUTCMonth(), 1));
    const key = monthKey({ bucketStart, projectId: day.projectId, versionId: day.versionId });
    const month = months.get(key);
    if (!month) {
      const { teamId: _team, provider: _provider, model: _model, ...sums } = day;
      months.set(key, { ...sums, bucketStart, latencyHistogram: new Map(day.latencyHistogram), firstDay: day.bucketStart, lastDay: day.bucketStart });
      continue;
    }
    month.requests += day.requests;
    month.errors += day.errors;
    month.inputTokens += day.inputTokens;
    month.outputTokens += day.outputTokens;
    month.cacheReadTokens += day.cacheReadTokens;
    month.cacheWriteTokens += day.cacheWriteTokens;
    month.costMicros += day.costMicros;
    month.latencyCount += day.latencyCount;
    addSparse(month.latencyHistogram, day.latencyHistogram);
    if (day.bucketStart < month.firstDay) month.firstDay = day.bucketStart;
    if (day.bucketStart > month.lastDay) month.lastDay = day.bucketStart;
  }
  return [...months.values()];
}

/**
 * One grain's deltas as the JSON rows of {@link upsert}, in key order. A histogram travels as the
 * text of a PostgreSQL array (`{0,0,3}`), not a JSON array: `json_to_recordset` reads that with
 * the array parser, about ten times faster than element by element from JSON (a call's rows hold
 * tens of thousands of buckets, and converting them was a large part of the upsert's time).
 */
function payload<D extends RollupDelta | MonthlyDelta>(deltas: readonly D[], keyOf: (delta: D) => string): string {
  // Keys are built once per delta, not once per comparison.
  const ordered = deltas.map((delta) => ({ key: keyOf(delta), delta })).sort((a, b) => (a.key < b.key ? -1 : 1));
  return JSON.stringify(
    ordered.map(({ delta: d }, position) => ({
      position,
      bucket_start: d.bucketStart.toISOString(),
      project_id: d.projectId,
      version_id: d.versionId,
      ...('provider' in d ? { team_id: d.teamId, provider: d.provider, model: d.model } : {}),
      requests: d.requests,
      errors: d.errors,
      input_tokens: d.inputTokens,
      output_tokens: d.outputTokens,
      cache_read_tokens: d.cacheReadTokens,
      cache_write_tokens: d.cacheWriteTokens,
      cost_micros: d.costMicros.toString(),
      latency_count: d.latencyCount,
      latency_histogram: `{${denseHistogram(d.latencyHistogram).join(',')}}`,
      ...('firstDay' in d ? { first_day: d.firstDay.toISOString(), last_day: d.lastDay.toISOString() } : {}),
    })),
  );
}

/** Keeps the rollups of the organizations in scope up to date inside the ingest transaction. */
export class UsageRollupRepository extends TenantRepository {
  /**
   * Adds the deltas of every grain to their rows (creating them) in one statement, one upsert per
   * table: a round trip less per ingest. The monthly deltas are folded from the daily ones here, so
   * a month always holds exactly its days. Each table's rows are locked in key order, and every
   * ingest runs the same statement (hourly, then daily, then monthly), so concurrent ingests cannot
   * deadlock.
   */
  async add(organizationId: string, deltas: Record<RollupGrain, readonly RollupDelta[]>): Promise<void> {
    if (deltas.hourly.length === 0 && deltas.daily.length === 0) return;
    this.assertInScope(organizationId);
    await this.sql(
      `with organization as (select ?::uuid as organization_id),
         hourly as (${upsert('hourly')}),
         daily as (${upsert('daily')}),
         monthly as (${UPSERT_MONTHLY})
       select 1`,
      [organizationId, payload(deltas.hourly, rollupKey), payload(deltas.daily, rollupKey), payload(monthlyDeltas(deltas.daily), monthKey)],
    );
  }
}
