import { TenantRepository } from '@steward/kernel';
import { toMicros } from '../../money.js';
import { SQL_GRAIN, type Grain } from '../../periods.js';
import { histogramQuantile } from './latency-histogram.js';

/** Where aggregates are read from. */
export type UsageSource = 'RAW' | 'HOURLY_ROLLUP' | 'DAILY_ROLLUP';
/** A dimension usage can be filtered and grouped by. */
export type UsageDimension = 'PROJECT' | 'VERSION' | 'TEAM' | 'USER' | 'PROVIDER' | 'MODEL';

/** Column of each dimension (the same name in raw rows and rollups; rollups have no user). */
export const DIMENSION_COLUMN = {
  PROJECT: 'project_id',
  VERSION: 'version_id',
  TEAM: 'team_id',
  USER: 'user_id',
  PROVIDER: 'provider',
  MODEL: 'model',
} as const satisfies Record<UsageDimension, string>;
type DimensionColumn = (typeof DIMENSION_COLUMN)[UsageDimension];

/** Which rows to aggregate: a half-open time range and equality filters. */
export interface UsageScope {
  from: Date;
  to: Date;
  projectId?: string | null;
  versionId?: string | null;
  teamId?: string | null;
  userId?: string | null;
  provider?: string | null;
  model?: string | null;
}

/** Values of the grouped dimensions, by column; a missing column was not grouped by. */
export type GroupKey = Partial<Record<DimensionColumn, string | null>>;

/** Sums of a set of requests. */
export interface UsageSums {
  requests: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costMicros: bigint;
}

/** Sums plus latency percentiles (null when no request reported a latency). */
export interface UsageAggregate extends UsageSums {
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  latencyP99Ms: number | null;
}

/** One row of a series query: a period (or null for the whole range) of one group. */
export interface SeriesRow {
  periodStart: Date | null;
  group: GroupKey;
  aggregate: UsageAggregate;
}

/** The table and time column of each source. */
export const USAGE_TABLE: Record<UsageSource, { table: string; time: string }> = {
  RAW: { table: 'metrics.llm_requests', time: 'occurred_at' },
  HOURLY_ROLLUP: { table: 'metrics.usage_hourly', time: 'bucket_start' },
  DAILY_ROLLUP: { table: 'metrics.usage_daily', time: 'bucket_start' },
};

const FILTER_COLUMNS: [keyof UsageScope, DimensionColumn, string][] = [
  ['projectId', 'project_id', 'uuid'],
  ['versionId', 'version_id', 'uuid'],
  ['teamId', 'team_id', 'uuid'],
  ['userId', 'user_id', 'uuid'],
  ['provider', 'provider', 'varchar'],
  ['model', 'model', 'varchar'],
];
const COLUMN_TYPE: Record<DimensionColumn, string> = {
  project_id: 'uuid',
  version_id: 'uuid',
  team_id: 'uuid',
  user_id: 'uuid',
  provider: 'varchar',
  model: 'varchar',
};

type Row = Record<string, unknown>;

/** The select list of a set's sums over rows aliased `s` of `source`. */
export function sumsColumns(source: UsageSource): string {
  if (source === 'RAW') {
    return `count(*)::bigint as requests, (count(*) filter (where s.is_error))::bigint as errors,
      coalesce(sum(s.input_tokens), 0)::bigint as input_tokens, coalesce(sum(s.output_tokens), 0)::bigint as output_tokens,
      coalesce(sum(s.cache_read_tokens), 0)::bigint as cache_read_tokens, coalesce(sum(s.cache_write_tokens), 0)::bigint as cache_write_tokens,
      coalesce(sum(s.cost_micros), 0)::bigint as cost_micros`;
  }
  return `coalesce(sum(s.requests), 0)::bigint as requests, coalesce(sum(s.errors), 0)::bigint as errors,
    coalesce(sum(s.input_tokens), 0)::bigint as input_tokens, coalesce(sum(s.output_tokens), 0)::bigint as output_tokens,
    coalesce(sum(s.cache_read_tokens), 0)::bigint as cache_read_tokens, coalesce(sum(s.cache_write_tokens), 0)::bigint as cache_write_tokens,
    coalesce(sum(s.cost_micros), 0)::bigint as cost_micros`;
}

/** The sums of a row selected with {@link sumsColumns}. */
export function readSums(row: Row): UsageSums {
  return {
    requests: Number(row.requests ?? 0),
    errors: Number(row.errors ?? 0),
    inputTokens: Number(row.input_tokens ?? 0),
    outputTokens: Number(row.output_tokens ?? 0),
    cacheReadTokens: Number(row.cache_read_tokens ?? 0),
    cacheWriteTokens: Number(row.cache_write_tokens ?? 0),
    costMicros: toMicros(row.cost_micros),
  };
}

function fromPercentiles(sums: UsageSums, percentiles: unknown): UsageAggregate {
  const [p50, p95, p99] = (Array.isArray(percentiles) ? percentiles : []).map((value: unknown) => (value === null ? null : Number(value)));
  return { ...sums, latencyP50Ms: p50 ?? null, latencyP95Ms: p95 ?? null, latencyP99Ms: p99 ?? null };
}

function fromHistogram(sums: UsageSums, histogram: readonly number[]): UsageAggregate {
  return {
    ...sums,
    latencyP50Ms: histogramQuantile(histogram, 0.5),
    latencyP95Ms: histogramQuantile(histogram, 0.95),
    latencyP99Ms: histogramQuantile(histogram, 0.99),
  };
}

function addInto(target: number[], bucket: number, count: number): void {
  while (target.length <= bucket) target.push(0);
  target[bucket]! += count;
}

function readGroup(row: Row, columns: readonly DimensionColumn[]): GroupKey {
  return Object.fromEntries(columns.map((column) => [column, row[column] === null || row[column] === undefined ? null : String(row[column])]));
}

/**
 * Aggregate reads over raw requests or rollups. Callers pick the source; this class only builds
 * the set-based SQL (one scan per method call). Aggregates span every organization in scope, so
 * services build it on the scope of one.
 */
export class UsageRepository extends TenantRepository {
  /**
   * Aggregates per period and group plus per group over the whole range (rows with a null
   * `periodStart`), optionally only for the given groups. Without dimensions that is the series
   * of all matching usage plus its totals. Raw rows get exact nearest-rank percentiles
   * (`percentile_disc`, the smallest latency with at least q of the requests at or below it), the same
   * definition the rollups' histograms estimate, so a range answers alike within the histogram's error
   * whichever source serves it. Rollups merge their histograms: per period in SQL, over the range in
   * memory (never averaging percentiles).
   */
  async series(source: UsageSource, filter: UsageScope, grain: Grain, dimensions: readonly UsageDimension[], onlyGroups?: readonly GroupKey[]): Promise<SeriesRow[]> {
    const columns = dimensions.map((d) => DIMENSION_COLUMN[d]);
    const { table, time } = USAGE_TABLE[source];
    const period = `date_trunc('${SQL_GRAIN[grain]}', s.${time}, 'UTC')`;
    const dims = columns.map((c) => `s.${c}`);
    const where = this.where(source, filter);
    const restricted = onlyGroups !== undefined && columns.length > 0;
    const join = restricted ? this.groupJoin(columns) : '';
    const params = [...(restricted ? [this.groupsPayload(columns, onlyGroups)] : []), ...where.params];
    const selectDims = dims.map((d) => `, ${d}`).join('');
    const percentiles = source === 'RAW' ? ', percentile_disc(array[0.5, 0.95, 0.99]::float8[]) within group (order by s.latency_ms) as latency_percentiles' : '';
    const rows = await this.sql<Row>(
      `select ${period} as period_start, grouping(${period}) as is_total${selectDims}, ${sumsColumns(source)}${percentiles}
       from ${table} s ${join}
       where ${where.sql}
       group by grouping sets ((${[period, ...dims].join(', ')}), (${dims.join(', ')}))`,
      params,
    );
    const keyOf = (periodStart: Date | null, group: GroupKey) => `${periodStart?.getTime() ?? 'total'}|${JSON.stringify(columns.map((c) => group[c] ?? null))}`;
    const histograms = new Map<string, number[]>();
    if (source !== 'RAW') {
      // Element-wise sums of the non-zero histogram buckets, per period and group.
      const counts = await this.sql<Row>(
        `select ${period} as period_start${selectDims}, h.bucket - 1 as bucket, sum(h.n)::bigint as n
         from ${table} s ${join}
         cross join lateral unnest(s.latency_histogram) with ordinality as h(n, bucket)
         where ${where.sql} and h.n <> 0
         group by ${[period, ...dims, 'h.bucket'].join(', ')}`,
        params,
      );
      for (const row of counts) {
        const group = readGroup(row, columns);
        const bucket = Number(row.bucket);
        const count = Number(row.n);
        for (const key of [keyOf(new Date(row.period_start as string | Date), group), keyOf(null, group)]) {
          const histogram = histograms.get(key) ?? [];
          addInto(histogram, bucket, count);
          histograms.set(key, histogram);
        }
      }
    }
    return rows.map((row) => {
      const periodStart = Number(row.is_total) === 1 ? null : new Date(row.period_start as string | Date);
      const group = readGroup(row, columns);
      const sums = readSums(row);
      const aggregate = source === 'RAW' ? fromPercentiles(sums, row.latency_percentiles) : fromHistogram(sums, histograms.get(keyOf(periodStart, group)) ?? []);
      return { periodStart, group, aggregate };
    });
  }

  /**
   * Sums per group over the whole range, largest cost first (then most requests), at most
   * `limit` groups, with the number of groups there are.
   */
  async groupSums(source: UsageSource, filter: UsageScope, dimensions: readonly UsageDimension[], limit?: number): Promise<{ rows: { group: GroupKey; sums: UsageSums }[]; groupCount: number }> {
    const columns = dimensions.map((d) => DIMENSION_COLUMN[d]);
    const { table } = USAGE_TABLE[source];
    const dims = columns.map((c) => `s.${c}`);
    const where = this.where(source, filter);
    const order = ['cost_micros desc', 'requests desc', ...dims.map((d) => `${d} nulls first`)].join(', ');
    const rows = await this.sql<Row>(
      `select ${dims.map((d) => `${d}, `).join('')}${sumsColumns(source)}, count(*) over () as group_count
       from ${table} s
       where ${where.sql}
       ${dims.length ? `group by ${dims.join(', ')}` : ''}
       order by ${order}
       ${limit === undefined ? '' : `limit ${Math.trunc(limit)}`}`,
      where.params,
    );
    return {
      rows: rows.map((row) => ({ group: readGroup(row, columns), sums: readSums(row) })),
      groupCount: Number(rows[0]?.group_count ?? 0),
    };
  }

  /** Cost per UTC day in [from, to) from the daily rollup (days without usage are absent). */
  async dailyCost(from: Date, to: Date): Promise<Map<number, bigint>> {
    const rows = await this.sql<Row>(
      `select bucket_start, sum(cost_micros)::bigint as cost_micros
       from metrics.usage_daily
       where {{tenant}} and bucket_start >= ?::timestamptz and bucket_start < ?::timestamptz
       group by bucket_start`,
      [from.toISOString(), to.toISOString()],
    );
    return new Map(rows.map((row) => [new Date(row.bucket_start as string | Date).getTime(), toMicros(row.cost_micros)]));
  }

  private where(source: UsageSource, filter: UsageScope): { sql: string; params: string[] } {
    const { time } = USAGE_TABLE[source];
    const clauses = ['{{tenant:s}}', `s.${time} >= ?::timestamptz`, `s.${time} < ?::timestamptz`];
    const params: string[] = [filter.from.toISOString(), filter.to.toISOString()];
    for (const [field, column, type] of FILTER_COLUMNS) {
      const value = filter[field];
      if (value === undefined || value === null) continue;
      if (column === 'user_id' && source !== 'RAW') throw new Error('Rollups hold no user; filter users on raw rows.');
      clauses.push(`s.${column} = ?::${type}`);
      params.push(String(value));
    }
    return { sql: clauses.join(' and '), params };
  }

  private groupJoin(columns: readonly DimensionColumn[]): string {
    if (columns.length === 0) return '';
    const definition = columns.map((c) => `${c} ${COLUMN_TYPE[c]}`).join(', ');
    const on = columns.map((c) => `s.${c} is not distinct from g.${c}`).join(' and ');
    return `join jsonb_to_recordset(?::jsonb) as g(${definition}) on ${on}`;
  }

  private groupsPayload(columns: readonly DimensionColumn[], groups: readonly GroupKey[]): string {
    return JSON.stringify(groups.map((group) => Object.fromEntries(columns.map((c) => [c, group[c] ?? null]))));
  }
}
