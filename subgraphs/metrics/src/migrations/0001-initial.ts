import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_PRICE_CATALOGUE } from '../modules/pricing/default-price-catalogue.js';

/**
 * Raw LLM requests (append-only, idempotent per organization and request id), hourly and daily
 * rollups with latency histograms, ingest batches, model prices, budgets and their alerts.
 */
export class Migration0001Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table metrics.model_prices (
      id uuid primary key,
      organization_id uuid,
      provider varchar(50) not null,
      model_pattern varchar(200) not null,
      input_micros_per_million bigint not null,
      output_micros_per_million bigint not null,
      cache_read_micros_per_million bigint not null,
      cache_write_micros_per_million bigint not null,
      effective_from timestamptz not null,
      created_at timestamptz not null,
      created_by varchar(120)
    )`);
    // The catalogue shipped with Steward has no organization; NULLS NOT DISTINCT keeps its versions unique too.
    this.addSql(`create unique index model_prices_version_unique
      on metrics.model_prices (organization_id, provider, model_pattern, effective_from) nulls not distinct`);
    for (const price of DEFAULT_PRICE_CATALOGUE) {
      const insert = `insert into metrics.model_prices (id, organization_id, provider, model_pattern, input_micros_per_million,
          output_micros_per_million, cache_read_micros_per_million, cache_write_micros_per_million, effective_from, created_at, created_by)
        values (?, null, ?, ?, ?, ?, ?, ?, ?, ?, 'steward')`;
      this.addSql(
        this.getKnex().raw(insert, [
          price.id,
          price.provider,
          price.modelPattern,
          price.inputMicrosPerMillion.toString(),
          price.outputMicrosPerMillion.toString(),
          price.cacheReadMicrosPerMillion.toString(),
          price.cacheWriteMicrosPerMillion.toString(),
          price.effectiveFrom.toISOString(),
          price.effectiveFrom.toISOString(),
        ]),
      );
    }

    this.addSql(`create table metrics.llm_requests (
      organization_id uuid not null,
      request_id varchar(200) not null,
      batch_id uuid not null,
      occurred_at timestamptz not null,
      recorded_at timestamptz not null,
      project_id uuid,
      version_id uuid,
      team_id uuid,
      user_id uuid,
      provider varchar(50) not null,
      model varchar(200) not null,
      input_tokens integer not null,
      output_tokens integer not null,
      cache_read_tokens integer not null,
      cache_write_tokens integer not null,
      latency_ms integer,
      time_to_first_token_ms integer,
      is_error boolean not null,
      error_type varchar(100),
      cost_micros bigint not null,
      cost_source varchar(10) not null,
      price_id uuid,
      attributes jsonb,
      primary key (organization_id, request_id)
    )`);
    this.addSql('create index llm_requests_org_time_idx on metrics.llm_requests (organization_id, occurred_at)');
    this.addSql('create index llm_requests_org_user_time_idx on metrics.llm_requests (organization_id, user_id, occurred_at) where user_id is not null');

    // Element-wise sum of two latency histograms of different lengths (the shorter is padded with
    // zeros). A plpgsql loop over subscripts is about three times faster here than unnest/array_agg.
    this.addSql(`create function metrics.histogram_add(a integer[], b integer[]) returns integer[]
      language plpgsql immutable parallel safe as $$
      declare
        n integer := greatest(coalesce(cardinality(a), 0), coalesce(cardinality(b), 0));
        result integer[] := array_fill(0, array[n]);
      begin
        for i in 1..n loop
          result[i] := coalesce(a[i], 0) + coalesce(b[i], 0);
        end loop;
        return result;
      end
      $$`);
    for (const grain of ['hourly', 'daily']) {
      this.addSql(`create table metrics.usage_${grain} (
        organization_id uuid not null,
        bucket_start timestamptz not null,
        project_id uuid,
        version_id uuid,
        team_id uuid,
        provider varchar(50) not null,
        model varchar(200) not null,
        requests bigint not null,
        errors bigint not null,
        input_tokens bigint not null,
        output_tokens bigint not null,
        cache_read_tokens bigint not null,
        cache_write_tokens bigint not null,
        cost_micros bigint not null,
        latency_count bigint not null,
        latency_histogram integer[] not null
      )`);
      this.addSql(`create unique index usage_${grain}_key
        on metrics.usage_${grain} (organization_id, bucket_start, project_id, version_id, team_id, provider, model) nulls not distinct`);
    }
    this.addSql('create index usage_daily_version_idx on metrics.usage_daily (organization_id, version_id) where version_id is not null');
    this.addSql('create index usage_daily_project_idx on metrics.usage_daily (organization_id, project_id) where project_id is not null');

    this.addSql(`create table metrics.llm_usage_batches (
      id uuid primary key,
      organization_id uuid not null,
      ingest_id uuid not null,
      project_id uuid,
      records integer not null,
      requests integer not null,
      errors integer not null,
      input_tokens bigint not null,
      output_tokens bigint not null,
      cache_read_tokens bigint not null,
      cache_write_tokens bigint not null,
      cost_micros bigint not null,
      occurred_from timestamptz not null,
      occurred_to timestamptz not null,
      recorded_at timestamptz not null,
      recorded_by varchar(120) not null
    )`);
    this.addSql('create index llm_usage_batches_org_idx on metrics.llm_usage_batches (organization_id, recorded_at desc, id desc)');

    this.addSql(`create table metrics.budgets (
      id uuid primary key,
      organization_id uuid not null,
      name varchar(100) not null,
      scope varchar(20) not null,
      scope_id uuid not null,
      period varchar(10) not null,
      limit_micros bigint not null,
      alert_thresholds_bp integer[] not null,
      tracked_from timestamptz not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      created_by varchar(120) not null
    )`);
    this.addSql('create index budgets_org_idx on metrics.budgets (organization_id, created_at, id)');
    this.addSql(`create table metrics.budget_spend (
      budget_id uuid not null references metrics.budgets (id) on delete cascade,
      window_start timestamptz not null,
      spent_micros bigint not null,
      updated_at timestamptz not null,
      primary key (budget_id, window_start)
    )`);
    this.addSql(`create table metrics.budget_alerts (
      id uuid primary key,
      budget_id uuid not null references metrics.budgets (id) on delete cascade,
      organization_id uuid not null,
      window_start timestamptz not null,
      window_end timestamptz not null,
      threshold_bp integer not null,
      spent_micros bigint not null,
      limit_micros bigint not null,
      raised_at timestamptz not null
    )`);
    // The single point that makes each threshold fire once per budget window, whatever the concurrency.
    this.addSql('create unique index budget_alerts_once on metrics.budget_alerts (budget_id, window_start, threshold_bp)');
    this.addSql('create index budget_alerts_org_idx on metrics.budget_alerts (organization_id, raised_at desc, id desc)');
    this.addSql('create index budget_alerts_budget_idx on metrics.budget_alerts (budget_id, raised_at desc, id desc)');
  }
}
