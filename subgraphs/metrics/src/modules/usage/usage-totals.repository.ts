import { TenantRepository } from '@steward/kernel';
import { periodStart } from '../../periods.js';
import { bucketValue } from './latency-histogram.js';
import { DIMENSION_COLUMN, USAGE_TABLE, readSums, sumsColumns, type UsageAggregate, type UsageSource } from './usage.repository.js';

/** A dimension whose totals are read per id (the `usage` fields of projects and versions). */
export type TotalsDimension = 'PROJECT' | 'VERSION';

type Row = Record<string, unknown>;

/** The summed columns of a rollup row (those `sumsColumns` reads). */
const ROLLUP_COLUMNS = ['requests', 'errors', 'input_tokens', 'output_tokens', 'cache_read_tokens', 'cache_write_tokens', 'cost_micros'];

/** The quantiles `UsageAggregate` reports, in the order the statements return them (as p0, p1, p2). */
const QUANTILES = [0.5, 0.95, 0.99] as const;

/**
 * Totals over one range of many projects or versions, one row per id and one statement per call:
 * the read path of the dashboard, which needs no series. Raw rows get exact nearest-rank percentiles
 * (`percentile_disc`); rollups merge their histograms in SQL and pick, per id, the first bucket whose
 * running count reaches the nearest rank ⌈q·n⌉ (at least 1), the rank `histogramQuantile` uses, so the
 * figures equal those of `UsageRepository.series` (in float8, as JavaScript computes the rank).
 * A day-aligned range reads the all-time totals of each id whose usage lies wholly in the range (one
 * row per id, the dashboard's case); for the others, the monthly totals (per project and version) of
 * each month whose usage lies wholly in the range, and that month's daily rows otherwise. The
 * all-time row is the sum of the months and a month the sum of its days, so the figures are those
 * of the daily rollup, from a few rows per id. Built on the
 * scope of one organization, like every aggregate read.
 */
export class UsageTotalsRepository extends TenantRepository {
  /** Aggregates by id over [from, to); ids without usage in the range are absent. Ids must be well-formed. */
  async totals(source: UsageSource, range: { from: Date; to: Date }, dimension: TotalsDimension, ids: readonly string[]): Promise<Map<string, UsageAggregate>> {
    if (ids.length === 0) return new Map();
    const column = DIMENSION_COLUMN[dimension];
    // Ids are checked uuids, so a text array literal is safe and keeps one bound parameter whatever their number.
    const idList = `{${ids.join(',')}}`;
    const from = range.from.toISOString();
    const to = range.to.toISOString();
    let rows: Row[];
    if (source === 'DAILY_ROLLUP') {
      const allTime = await this.allTime(dimension, idList, from, to);
      rows = allTime.filter((row) => row.whole);
      const partial = allTime.filter((row) => !row.whole).map((row) => String(row.id));
      if (partial.length > 0) {
        rows.push(...(await this.monthlyTotals(column, [from, to, `{${partial.join(',')}}`, periodStart(range.from, 'MONTH').toISOString(), to, from, to])));
      }
    } else {
      const { table, time } = USAGE_TABLE[source];
      const where = `{{tenant:s}} and s.${column} = any(?::uuid[]) and s.${time} >= ?::timestamptz and s.${time} < ?::timestamptz`;
      rows = source === 'RAW' ? await this.rawTotals(table, column, where, [idList, from, to]) : await this.rollupTotals(`select ${rollupColumns('s', column)} from ${table} s where ${where}`, [idList, from, to]);
    }
    const latency = (value: unknown): number | null => {
      if (value === null || value === undefined) return null;
      return source === 'RAW' ? Number(value) : bucketValue(Number(value));
    };
    const out = new Map<string, UsageAggregate>();
    for (const row of rows) {
      out.set(String(row.id), Object.assign(readSums(row), { latencyP50Ms: latency(row.p0), latencyP95Ms: latency(row.p1), latencyP99Ms: latency(row.p2) }));
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

  /**
   * The all-time totals of the ids (those with usage), each marked `whole` when all its usage lies
   * in [from, to): those are the figures over the range, read without a histogram (the percentiles'
   * buckets are kept with the row). Parameters: from, to, the dimension and the ids.
   */
  private allTime(dimension: TotalsDimension, idList: string, from: string, to: string): Promise<Row[]> {
    return this.sql<Row>(
      `select t.id, t.requests, t.errors, t.input_tokens, t.output_tokens, t.cache_read_tokens, t.cache_write_tokens, t.cost_micros,
         t.latency_rank_buckets[1] as p0, t.latency_rank_buckets[2] as p1, t.latency_rank_buckets[3] as p2,
         t.first_day >= ?::timestamptz and t.last_day < ?::timestamptz as whole
       from metrics.usage_totals t
       where {{tenant:t}} and t.dimension = ? and t.id = any(?::uuid[])`,
      [from, to, dimension, idList],
    );
  }

  /**
   * The rows of a day-aligned range for ids whose usage is not all inside it: per id and month overlapping it, the monthly totals when every
   * one of them holds only days inside the range (`first_day`, `last_day`), else the month's daily
   * rows inside the range. Parameters: from, to (whole months), ids, from's month, to (months
   * overlapping), from, to (days).
   */
  private monthlyTotals(column: string, params: string[]): Promise<Row[]> {
    return this.rollupTotals(
      `with months as (
         select m.${column} as id, m.bucket_start, bool_and(m.first_day >= ?::timestamptz and m.last_day < ?::timestamptz) as whole
         from metrics.usage_monthly_totals m
         where {{tenant:m}} and m.${column} = any(?::uuid[]) and m.bucket_start >= ?::timestamptz and m.bucket_start < ?::timestamptz
         group by m.${column}, m.bucket_start)
       select ${rollupColumns('m', column)}
       from months k join metrics.usage_monthly_totals m on m.${column} = k.id and m.bucket_start = k.bucket_start
       where k.whole and {{tenant:m}}
       union all
       select ${rollupColumns('d', column)}
       from months k join metrics.usage_daily d on d.${column} = k.id
         and d.bucket_start >= greatest(k.bucket_start, ?::timestamptz)
         and d.bucket_start < least((k.bucket_start at time zone 'UTC' + interval '1 month') at time zone 'UTC', ?::timestamptz)
       where not k.whole and {{tenant:d}}`,
      params,
    );
  }

  /** Sums and percentiles per id of the rollup rows `rows` selects (with {@link rollupColumns}). */
  private rollupTotals(rows: string, params: string[]): Promise<Row[]> {
    const ranks = QUANTILES.map((q, index) => `min(bucket) filter (where seen >= greatest(1, ceil(${q}::float8 * total))) as p${index}`).join(', ');
    return this.sql<Row>(
      // Only the columns used: the CTE is materialised (read twice), and whole rows would copy every other column.
      `with s as (${rows}),
       sums as (select s.id, ${sumsColumns('DAILY_ROLLUP')} from s group by s.id),
       merged as (
         select s.id, h.bucket - 1 as bucket, sum(h.n)::float8 as n
         from s cross join lateral unnest(s.latency_histogram) with ordinality as h(n, bucket)
         where h.n <> 0
         group by s.id, h.bucket),
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

/** The select list of rollup rows aliased `alias`: the id, the summed columns and the histogram. */
function rollupColumns(alias: string, column: string): string {
  return [`${alias}.${column} as id`, ...ROLLUP_COLUMNS.map((c) => `${alias}.${c}`), `${alias}.latency_histogram`].join(', ');
}
