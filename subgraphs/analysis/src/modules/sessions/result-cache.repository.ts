import { TenantRepository } from '@steward/kernel';
import type { LintFileCache, LintFileResult } from '../analyzers/eslint-analyzer.js';

/** A finished task's output, found by its cache key. */
export interface CachedTaskResult {
  taskId: string;
  resultSha256: string;
  durationMs: number;
}

/**
 * The two caches of one organization: whole task results by cache key, and ESLint's results per
 * file content. Kept per organization, so one tenant's cache never tells another what it analysed.
 */
export class ResultCacheRepository extends TenantRepository {
  async task(organizationId: string, cacheKey: string): Promise<CachedTaskResult | null> {
    const [row] = await this.sql<{ task_id: string; result_sha256: string; duration_ms: number }>(
      'select task_id, result_sha256, duration_ms from analysis.task_cache where {{tenant}} and organization_id = ? and cache_key = ?',
      [organizationId, cacheKey],
    );
    return row ? { taskId: row.task_id, resultSha256: row.result_sha256, durationMs: row.duration_ms } : null;
  }

  async putTask(organizationId: string, cacheKey: string, result: CachedTaskResult, now: Date): Promise<void> {
    await this.sql(
      `insert into analysis.task_cache (organization_id, cache_key, task_id, result_sha256, duration_ms, created_at)
       select t.organization_id, ?, ?, ?, ?, ? from (select ?::uuid as organization_id) t where {{tenant:t}}
       on conflict (organization_id, cache_key) do nothing`,
      [cacheKey, result.taskId, result.resultSha256, result.durationMs, now, organizationId],
    );
  }

  /** ESLint's per-file cache of one organization, as the analyzer asks for it. */
  lintCache(organizationId: string, clock: () => Date): LintFileCache {
    return {
      get: async (keys) => {
        if (keys.length === 0) return new Map();
        const rows = await this.sql<{ cache_key: string; result: LintFileResult }>(
          'select cache_key, result from analysis.lint_cache where {{tenant}} and organization_id = ? and cache_key in (select jsonb_array_elements_text(?::jsonb))',
          [organizationId, JSON.stringify(keys)],
        );
        return new Map(rows.map((row) => [row.cache_key.trim(), typeof row.result === 'string' ? (JSON.parse(row.result) as LintFileResult) : row.result]));
      },
      put: async (entries) => {
        const rows = [...entries].map(([key, result]) => ({ key, result }));
        for (let start = 0; start < rows.length; start += 500) {
          await this.sql(
            `insert into analysis.lint_cache (organization_id, cache_key, result, created_at)
             select t.organization_id, b.key, b.result, ? from (select ?::uuid as organization_id) t, jsonb_to_recordset(?::jsonb) as b(key text, result jsonb)
              where {{tenant:t}} on conflict (organization_id, cache_key) do nothing`,
            [clock(), organizationId, JSON.stringify(rows.slice(start, start + 500))],
          );
        }
      },
    };
  }
}
