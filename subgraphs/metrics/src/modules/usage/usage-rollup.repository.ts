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

/** What one ingest adds to a row that folds days together: the sums, the latencies and its first and last day. */
interface FoldedDelta extends UsageSums {
  latencyCount: number;
  latencyHistogram: SparseHistogram;
  firstDay: Date;
  lastDay: Date;
}

/**
 * What one ingest adds to a row of the monthly totals, kept per project and version only (the
 * `usage` of projects and versions needs no other dimension).
 */
export interface MonthlyDelta extends FoldedDelta {
  bucketStart: Date;
  projectId: string | null;
  versionId: string | null;
}

/** What one ingest adds to the all-time row of one project or one version (`usage_totals`). */
export interface TotalsDelta extends FoldedDelta {
  dimension: 'PROJECT' | 'VERSION';
  id: string;
}

/** The key of a rollup row, as a string (for grouping deltas in memory and ordering upserts). */
export function rollupKey(delta: Pick<RollupDelta, 'bucketStart' | 'projectId' | 'versionId' | 'teamId' | 'provider' | 'model'>): string {
  return [delta.bucketStart.getTime(), delta.projectId ?? '', delta.versionId ?? '', delta.teamId ?? '', delta.provider, delta.model].join('\u0000');
}

/** The summed columns of every rollup row, all bigint. */
const SUM_COLUMNS = ['requests', 'errors', 'input_tokens', 'output_tokens', 'cache_read_tokens', 'cache_write_tokens', 'cost_micros', 'latency_count'];

/** Adds the incoming row `excluded` to the stored row `u`. */
const ADD_SUMS = [...SUM_COLUMNS.map((c) => `${c} = u.${c} + excluded.${c}`), 'latency_histogram = metrics.histogram_add(u.latency_histogram, excluded.latency_histogram)'].join(',\n      ');

/**
 * The upsert of a rollup table's deltas (a JSON array bound to its `?`), in position order: `key`
 * names the key columns (after the organization) and their types. Rows folded over days (`days`)
 * also keep the first and last day they hold.
 */
function upsert(table: string, key: Record<string, string>, days: boolean): string {
  const types: Record<string, string> = { ...key, ...Object.fromEntries(SUM_COLUMNS.map((c) => [c, 'bigint'])), latency_histogram: 'integer[]' };
  if (days) Object.assign(types, { first_day: 'timestamptz', last_day: 'timestamptz' });
  const columns = Object.keys(types);
  return `insert into metrics.${table} as u (organization_id, ${columns.join(', ')})
    select o.organization_id, ${columns.map((c) => `r.${c}`).join(', ')}
    from json_to_recordset(?::json) as r(position integer, ${columns.map((c) => `${c} ${types[c]}`).join(', ')})
    cross join organization as o
    where {{tenant:o}}
    order by r.position
    on conflict (organization_id, ${Object.keys(key).join(', ')}) do update set
      ${ADD_SUMS}${days ? ',\n      first_day = least(u.first_day, excluded.first_day), last_day = greatest(u.last_day, excluded.last_day)' : ''}`;
}

/** The upserts of the hourly and daily rollups, the monthly totals and the all-time totals of projects and versions. */
const ROLLUP_KEY = { bucket_start: 'timestamptz', project_id: 'uuid', version_id: 'uuid', team_id: 'uuid', provider: 'varchar', model: 'varchar' };
const UPSERT_HOURLY = upsert('usage_hourly', ROLLUP_KEY, false);
const UPSERT_DAILY = upsert('usage_daily', ROLLUP_KEY, false);
const UPSERT_MONTHLY = upsert('usage_monthly_totals', { bucket_start: 'timestamptz', project_id: 'uuid', version_id: 'uuid' }, true);
const UPSERT_TOTALS = upsert('usage_totals', { dimension: 'varchar', id: 'uuid' }, true);

/** The key of a monthly row, as a string (for grouping and ordering like {@link rollupKey}). */
function monthKey(delta: Pick<MonthlyDelta, 'bucketStart' | 'projectId' | 'versionId'>): string {
  return [delta.bucketStart.getTime(), delta.projectId ?? '', delta.versionId ?? ''].join('\u0000');
}

/** A new folded row holding one day's delta (its histogram copied: later days are added to it). */
function folded(day: RollupDelta): FoldedDelta {
  const { requests, errors, inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, costMicros, latencyCount } = day;
  const latencyHistogram = new Map(day.latencyHistogram);
  return { requests, errors, inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, costMicros, latencyCount, latencyHistogram, firstDay: day.bucketStart, lastDay: day.bucketStart };
}

/** Adds one day's delta to a folded row. */
function fold(into: FoldedDelta, day: RollupDelta): void {
  into.requests += day.requests;
  into.errors += day.errors;
  into.inputTokens += day.inputTokens;
  into.outputTokens += day.outputTokens;
  into.cacheReadTokens += day.cacheReadTokens;
  into.cacheWriteTokens += day.cacheWriteTokens;
  into.costMicros += day.costMicros;
  into.latencyCount += day.latencyCount;
  addSparse(into.latencyHistogram, day.latencyHistogram);
  if (day.bucketStart < into.firstDay) into.firstDay = day.bucketStart;
  if (day.bucketStart > into.lastDay) into.lastDay = day.bucketStart;
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
    if (month) fold(month, day);
    else months.set(key, { ...folded(day), bucketStart, projectId: day.projectId, versionId: day.versionId });
  }
  return [...months.values()];
}

/** The all-time deltas of a set of daily ones: one per project and one per version they name. */
function totalsDeltas(daily: readonly RollupDelta[]): TotalsDelta[] {
  const totals = new Map<string, TotalsDelta>();
  for (const day of daily) {
    for (const [dimension, id] of [['PROJECT', day.projectId], ['VERSION', day.versionId]] as const) {
      if (id === null) continue;
      const key = `${dimension}|${id}`;
      const row = totals.get(key);
      if (row) fold(row, day);
      else totals.set(key, { ...folded(day), dimension, id });
    }
  }
  return [...totals.values()];
}

const totalsKey = (delta: TotalsDelta) => `${delta.dimension}|${delta.id}`;

/** The key columns of each kind of row, as {@link payload} sends them. */
const rollupColumnsOf = (d: RollupDelta) => ({ bucket_start: d.bucketStart.toISOString(), project_id: d.projectId, version_id: d.versionId, team_id: d.teamId, provider: d.provider, model: d.model });
const monthColumnsOf = (d: MonthlyDelta) => ({ bucket_start: d.bucketStart.toISOString(), project_id: d.projectId, version_id: d.versionId, first_day: d.firstDay.toISOString(), last_day: d.lastDay.toISOString() });
const totalsColumnsOf = (d: TotalsDelta) => ({ dimension: d.dimension, id: d.id, first_day: d.firstDay.toISOString(), last_day: d.lastDay.toISOString() });

/**
 * One table's deltas as the JSON rows of its upsert, in key order: `columnsOf` gives a row's key
 * columns (and days), the sums follow. A histogram travels as the text of a PostgreSQL array
 * (`{0,0,3}`), not a JSON array: `json_to_recordset` reads that with the array parser, about ten
 * times faster than element by element from JSON (a call's rows hold tens of thousands of buckets,
 * and converting them was a large part of the upsert's time).
 */
function payload<D extends UsageSums & { latencyCount: number; latencyHistogram: SparseHistogram }>(
  deltas: readonly D[],
  keyOf: (delta: D) => string,
  columnsOf: (delta: D) => Record<string, string | null>,
): string {
  // Keys are built once per delta, not once per comparison.
  const ordered = deltas.map((delta) => ({ key: keyOf(delta), delta })).sort((a, b) => (a.key < b.key ? -1 : 1));
  return JSON.stringify(
    ordered.map(({ delta: d }, position) => ({
      position,
      ...columnsOf(d),
      requests: d.requests,
      errors: d.errors,
      input_tokens: d.inputTokens,
      output_tokens: d.outputTokens,
      cache_read_tokens: d.cacheReadTokens,
      cache_write_tokens: d.cacheWriteTokens,
      cost_micros: d.costMicros.toString(),
      latency_count: d.latencyCount,
      latency_histogram: `{${denseHistogram(d.latencyHistogram).join(',')}}`,
    })),
  );
}

/** Keeps the rollups of the organizations in scope up to date inside the ingest transaction. */
export class UsageRollupRepository extends TenantRepository {
  /**
   * Adds the deltas of every grain to their rows (creating them) in one statement, one upsert per
   * table: a round trip less per ingest. The monthly deltas are folded from the daily ones here, so
   * a month always holds exactly its days, and so are the all-time totals of each project and
   * version. Each table's rows are locked in key order, and every ingest runs the same statement
   * (hourly, daily, monthly, then all-time), so concurrent ingests cannot deadlock.
   */
  async add(organizationId: string, deltas: Record<RollupGrain, readonly RollupDelta[]>): Promise<void> {
    if (deltas.hourly.length === 0 && deltas.daily.length === 0) return;
    this.assertInScope(organizationId);
    await this.sql(
      `with organization as (select ?::uuid as organization_id),
         hourly as (${UPSERT_HOURLY}),
         daily as (${UPSERT_DAILY}),
         monthly as (${UPSERT_MONTHLY}),
         totals as (${UPSERT_TOTALS})
       select 1`,
      [
        organizationId,
        payload(deltas.hourly, rollupKey, rollupColumnsOf),
        payload(deltas.daily, rollupKey, rollupColumnsOf),
        payload(monthlyDeltas(deltas.daily), monthKey, monthColumnsOf),
        payload(totalsDeltas(deltas.daily), totalsKey, totalsColumnsOf),
      ],
    );
  }
}
