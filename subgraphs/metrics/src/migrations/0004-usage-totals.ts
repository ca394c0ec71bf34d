import { Migration } from '@mikro-orm/migrations';

/** The quantiles whose histogram buckets `usage_totals` keeps (`latency_rank_buckets`, in this order). */
export const TOTALS_QUANTILES = [0.5, 0.95, 0.99] as const;

/**
 * Rolls the monthly totals up into one row per project and one per version (exported for the test
 * that checks the rows ingest keeps equal this roll-up).
 */
export const BACKFILL_USAGE_TOTALS = ['project', 'version']
  .map(
    (dimension) => `insert into metrics.usage_totals (organization_id, dimension, id, requests, errors, input_tokens, output_tokens,
    cache_read_tokens, cache_write_tokens, cost_micros, latency_count, latency_histogram, first_day, last_day)
  select organization_id, '${dimension.toUpperCase()}', ${dimension}_id, sum(requests), sum(errors), sum(input_tokens), sum(output_tokens),
    sum(cache_read_tokens), sum(cache_write_tokens), sum(cost_micros), sum(latency_count), metrics.histogram_sum(latency_histogram),
    min(first_day), max(last_day)
  from metrics.usage_monthly_totals
  where ${dimension}_id is not null
  group by organization_id, ${dimension}_id`,
  )
  .join(';\n');

/**
 * The usage of each project and each version over all time, one row per id, beside the monthly
 * totals: the dashboard's "all recorded usage" of a page of projects and their versions reads one
 * row per id instead of merging every month's histogram. A row also keeps the first and last day
 * of its usage, so any day-aligned range that holds all of it (not only "all recorded usage") is
 * answered from here, and any other from the monthly and daily rows, with the same figures. The
 * buckets of the percentiles `usage` reports are computed by PostgreSQL whenever the row changes
 * (`histogram_ranks`, the nearest rank ⌈q·n⌉ that the totals' statements and `histogramQuantile`
 * use), so reading them reads no histogram. Existing monthly rows are rolled up here.
 */
export class Migration0004UsageTotals extends Migration {
  override async up(): Promise<void> {
    // The buckets (0-based) holding the nearest ranks ⌈q·n⌉ (at least 1) of a histogram's n latencies for
    // ascending quantiles q, in two passes over the histogram; null for each when it is empty.
    this.addSql(`create function metrics.histogram_ranks(histogram integer[], quantiles float8[]) returns integer[]
      language plpgsql immutable strict parallel safe as $$
      declare
        total float8 := 0;
        seen float8 := 0;
        bucket integer := 0;
        k integer := 1;
        wanted integer := cardinality(quantiles);
        n integer;
        result integer[] := '{}';
      begin
        foreach n in array histogram loop
          total := total + n;
        end loop;
        foreach n in array histogram loop
          seen := seen + n;
          while k <= wanted and seen >= greatest(1, ceil(quantiles[k] * total)) loop
            result := result || bucket;
            k := k + 1;
          end loop;
          exit when k > wanted;
          bucket := bucket + 1;
        end loop;
        while k <= wanted loop
          result := result || null::integer;
          k := k + 1;
        end loop;
        return result;
      end
      $$`);
    this.addSql(`create table metrics.usage_totals (
      organization_id uuid not null,
      dimension varchar(16) not null check (dimension in ('PROJECT', 'VERSION')),
      id uuid not null,
      requests bigint not null,
      errors bigint not null,
      input_tokens bigint not null,
      output_tokens bigint not null,
      cache_read_tokens bigint not null,
      cache_write_tokens bigint not null,
      cost_micros bigint not null,
      latency_count bigint not null,
      latency_histogram integer[] not null,
      first_day timestamptz not null,
      last_day timestamptz not null,
      latency_rank_buckets integer[] generated always as (metrics.histogram_ranks(latency_histogram, '{${TOTALS_QUANTILES.join(',')}}')) stored,
      primary key (organization_id, dimension, id)
    )`);
    for (const statement of BACKFILL_USAGE_TOTALS.split(';\n')) this.addSql(statement);
  }
}
