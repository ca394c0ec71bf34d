import { TenantRepository } from '@steward/kernel';
import { bucketValue } from './latency-histogram.js';
import { DIMENSION_COLUMN, USAGE_TABLE, readSums, sumsColumns, type UsageAggregate, type UsageSource } from './usage.repository.js';

/** A dimension whose totals are read per id (the `usage` fields of projects and versions). */
export type TotalsDimension = 'PROJECT' | 'VERSION';

type Row = Record<string, unknown>;

/** The summed columns of a rollup row (those `sumsColumns` reads). */
const ROLLUP_COLUMNS = ['requests', 'errors', 'input_tokens', 'output_tokens', 'cache_read_tokens', 'cache_write_tokens', 'cost_micros'];

/** The quantiles `UsageAggregate` reports, in the order the statements return them. */
const QUANTILES = [0.5, 0.95, 0.99] as const;

/**
 * Totals over one range of many projects or versions, one row per id and one statement per call:
 * the read path of the dashboard, which needs no series. Raw rows get exact nearest-rank percentiles
 * (`percentile_disc`); rollups merge their histograms in SQL and pick, per id, the first bucket whose
 * running count reaches the nearest rank ⌈q·n⌉ (at least 1), the rank `histogramQuantile` uses, so the
 * figures equal those of `UsageRepository.series` (in float8, as JavaScript computes the rank).
 * Built on the scope of one organization, like every aggregate read.
 */
export class UsageTotalsRepository extends TenantRepository {
  /** Aggregates by id over [from, to); ids without usage in the range are absent. Ids must be well-formed. */
  async totals(source: UsageSource, range: { from: Date; to: Date }, dimension: TotalsDimension, ids: readonly string[]): Promise<Map<string, UsageAggregate>> {
    if (ids.length === 0) return new Map();
    const column = DIMENSION_COLUMN[dimension];
    const { table, time } = USAGE_TABLE[source];
    // Ids are checked uuids, so a text array literal is safe and keeps one bound parameter whatever their number.
    const params = [`{${ids.join(',')}}`, range.from.toISOString(), range.to.toISOString()];
    const where = `{{tenant:s}} and s.${column} = any(?::uuid[]) and s.${time} >= ?::timestamptz and s.${time} < ?::timestamptz`;
    const rows = source === 'RAW' ? await this.rawTotals(table, column, where, params) : await this.rollupTotals(table, column, where, params);
    const out = new Map<string, UsageAggregate>();
    for (const row of rows) {
      const [p50, p95, p99] = QUANTILES.map((_, index) => {
        const value = row[`p${index}`];
        if (value === null || value === undefined) return null;
        return source === 'RAW' ? Number(value) : bucketValue(Number(value));
      });
      out.set(String(row.id), { ...readSums(row), latencyP50Ms: p50 ?? null, latencyP95Ms: p95 ?? null, latencyP99Ms: p99 ?? null });
    }
    return out;
  }

  private rawTotals(table: string, column: string, where: string, params: string[]): Promise<Row[]> {
    const percentiles = QUANTILES.map((q, index) => `percentile_disc(${q}::float8) within group (order by s.latency_ms) as p${index}`).join(', ');
    return this.sql<Row>(
      `select s.${column} as id, ${sumsColumns('RAW')}, ${percentiles}
       from ${table} s
       where ${where}
       group by s.${column}`,
      params,
    );
  }

  private rollupTotals(table: string, column: string, where: string, params: string[]): Promise<Row[]> {
    const ranks = QUANTILES.map((q, index) => `min(bucket) filter (where seen >= greatest(1, ceil(${q}::float8 * total))) as p${index}`).join(', ');
    return this.sql<Row>(
      // Only the columns used: the CTE is materialised (read twice), and whole rows would copy every other column.
      `with s as (select s.${column}, ${ROLLUP_COLUMNS.map((c) => `s.${c}`).join(', ')}, s.latency_histogram from ${table} s where ${where}),
       sums as (select s.${column} as id, ${sumsColumns('DAILY_ROLLUP')} from s group by s.${column}),
       merged as (
         select s.${column} as id, h.bucket - 1 as bucket, sum(h.n)::float8 as n
         from s cross join lateral unnest(s.latency_histogram) with ordinality as h(n, bucket)
         where h.n <> 0
         group by s.${column}, h.bucket),
       running as (
         select id, bucket, sum(n) over (partition by id order by bucket) as seen, sum(n) over (partition by id) as total
         from merged),
       ranked as (select id, ${ranks} from running group by id)
       select sums.*, ${QUANTILES.map((_, index) => `ranked.p${index}`).join(', ')}
       from sums left join ranked on ranked.id = sums.id`,
      params,
    );
  }
}
