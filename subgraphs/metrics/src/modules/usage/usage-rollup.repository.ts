import { TenantRepository } from '@steward/kernel';
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
  latencyHistogram: number[];
}

/** The key of a rollup row, as a string (for grouping deltas in memory and ordering upserts). */
export function rollupKey(delta: Pick<RollupDelta, 'bucketStart' | 'projectId' | 'versionId' | 'teamId' | 'provider' | 'model'>): string {
  return [delta.bucketStart.toISOString(), delta.projectId ?? '', delta.versionId ?? '', delta.teamId ?? '', delta.provider, delta.model].join('\u0000');
}

/** Keeps the rollups of the organizations in scope up to date inside the ingest transaction. */
export class UsageRollupRepository extends TenantRepository {
  /**
   * Adds deltas to their rows (creating them), in key order so that concurrent ingests lock rows
   * in the same order and cannot deadlock.
   */
  async add(organizationId: string, grain: RollupGrain, deltas: readonly RollupDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    this.assertInScope(organizationId);
    const ordered = [...deltas].sort((a, b) => (rollupKey(a) < rollupKey(b) ? -1 : 1));
    const payload = JSON.stringify(
      ordered.map((d, position) => ({
        position,
        bucket_start: d.bucketStart.toISOString(),
        project_id: d.projectId,
        version_id: d.versionId,
        team_id: d.teamId,
        provider: d.provider,
        model: d.model,
        requests: d.requests,
        errors: d.errors,
        input_tokens: d.inputTokens,
        output_tokens: d.outputTokens,
        cache_read_tokens: d.cacheReadTokens,
        cache_write_tokens: d.cacheWriteTokens,
        cost_micros: d.costMicros.toString(),
        latency_count: d.latencyCount,
        latency_histogram: d.latencyHistogram,
      })),
    );
    await this.sql(
      `insert into metrics.usage_${grain} as u (organization_id, bucket_start, project_id, version_id, team_id, provider, model, requests, errors,
         input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_micros, latency_count, latency_histogram)
       select o.organization_id, r.bucket_start, r.project_id, r.version_id, r.team_id, r.provider, r.model, r.requests, r.errors,
         r.input_tokens, r.output_tokens, r.cache_read_tokens, r.cache_write_tokens, r.cost_micros, r.latency_count, r.latency_histogram
       from jsonb_to_recordset(?::jsonb) as r(position integer, bucket_start timestamptz, project_id uuid, version_id uuid, team_id uuid,
         provider varchar, model varchar, requests bigint, errors bigint, input_tokens bigint, output_tokens bigint, cache_read_tokens bigint,
         cache_write_tokens bigint, cost_micros bigint, latency_count bigint, latency_histogram integer[])
       cross join (select ?::uuid as organization_id) as o
       where {{tenant:o}}
       order by r.position
       on conflict (organization_id, bucket_start, project_id, version_id, team_id, provider, model) do update set
         requests = u.requests + excluded.requests,
         errors = u.errors + excluded.errors,
         input_tokens = u.input_tokens + excluded.input_tokens,
         output_tokens = u.output_tokens + excluded.output_tokens,
         cache_read_tokens = u.cache_read_tokens + excluded.cache_read_tokens,
         cache_write_tokens = u.cache_write_tokens + excluded.cache_write_tokens,
         cost_micros = u.cost_micros + excluded.cost_micros,
         latency_count = u.latency_count + excluded.latency_count,
         latency_histogram = metrics.histogram_add(u.latency_histogram, excluded.latency_histogram)`,
      [payload, organizationId],
    );
  }
}
