import { Migration } from '@mikro-orm/migrations';

/** Rolls every daily row up into its month, project and version (exported for the test that checks a month is the sum of its days). */
export const BACKFILL_USAGE_MONTHLY_TOTALS = `insert into metrics.usage_monthly_totals (organization_id, bucket_start, project_id, version_id,
    requests, errors, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_micros, latency_count, latency_histogram,
    first_day, last_day)
  select organization_id, date_trunc('month', bucket_start, 'UTC'), project_id, version_id,
    sum(requests), sum(errors), sum(input_tokens), sum(output_tokens), sum(cache_read_tokens), sum(cache_write_tokens), sum(cost_micros),
    sum(latency_count), metrics.histogram_sum(latency_histogram), min(bucket_start), max(bucket_start)
  from metrics.usage_daily
  group by organization_id, date_trunc('month', bucket_start, 'UTC'), project_id, version_id`;

/**
 * Monthly totals per project and version beside the hourly and daily rollups, so the `usage` of
 * projects and versions over a long range (a dashboard's "all recorded usage") merges a few rows
 * per id instead of a daily row per day, team, provider and model. Each row also keeps the first
 * and last day its usage fell on: a month whose usage lies wholly inside a day-aligned range is
 * read from here even when the range cuts the calendar month (the current month of an open-ended
 * range), and from daily rows otherwise, so the figures stay exactly those of the daily rollup.
 * Existing daily rows are rolled up here.
 */
export class Migration0003UsageMonthlyTotals extends Migration {
  override async up(): Promise<void> {
    // Folds histograms the way ingest adds them (`histogram_add`), for the backfill below.
    this.addSql(`create aggregate metrics.histogram_sum(integer[]) (sfunc = metrics.histogram_add, stype = integer[], initcond = '{}')`);
    this.addSql(`create table metrics.usage_monthly_totals (
      organization_id uuid not null,
      bucket_start timestamptz not null,
      project_id uuid,
      version_id uuid,
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
      last_day timestamptz not null
    )`);
    this.addSql(`create unique index usage_monthly_totals_key
      on metrics.usage_monthly_totals (organization_id, bucket_start, project_id, version_id) nulls not distinct`);
    for (const table of ['usage_monthly_totals', 'usage_daily']) {
      for (const dimension of ['project', 'version']) {
        const column = `${dimension}_id`;
        this.addSql(`create index ${table}_${dimension}_time_idx on metrics.${table} (organization_id, ${column}, bucket_start) where ${column} is not null`);
      }
    }
    // Superseded by the indexes above, which also bound a range of days.
    this.addSql('drop index metrics.usage_daily_version_idx');
    this.addSql('drop index metrics.usage_daily_project_idx');
    this.addSql(BACKFILL_USAGE_MONTHLY_TOTALS);
  }
}
