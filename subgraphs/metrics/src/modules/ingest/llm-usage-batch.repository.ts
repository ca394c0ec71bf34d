import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { LlmUsageBatchSchema, type LlmUsageBatch } from './llm-usage-batch.entity.js';

/** Usage batches of the organizations in scope. */
export class LlmUsageBatchRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<LlmUsageBatch[]> {
    return this.find(LlmUsageBatchSchema, { id: { $in: [...ids] } });
  }

  /** A page of batches (optionally of one project), most recent first. */
  page(projectId: string | null, page: PageRequest<unknown>): Promise<Connection<LlmUsageBatch>> {
    return this.findPage(LlmUsageBatchSchema, projectId ? { projectId } : {}, page, { recordedAt: 'desc', id: 'desc' });
  }

  /**
   * Stores the batches of an ingest call with the caller's transaction, in one statement outside
   * the unit of work: they are new rows never changed later, so tracking them buys nothing on the
   * ingest path.
   */
  async add(batches: readonly LlmUsageBatch[]): Promise<void> {
    if (batches.length === 0) return;
    for (const batch of batches) this.assertInScope(batch.organizationId);
    const payload = JSON.stringify(
      batches.map((b) => ({
        id: b.id,
        organization_id: b.organizationId,
        ingest_id: b.ingestId,
        project_id: b.projectId ?? null,
        records: b.records,
        requests: b.requests,
        errors: b.errors,
        input_tokens: b.inputTokens.toString(),
        output_tokens: b.outputTokens.toString(),
        cache_read_tokens: b.cacheReadTokens.toString(),
        cache_write_tokens: b.cacheWriteTokens.toString(),
        cost_micros: b.costMicros.toString(),
        occurred_from: b.occurredFrom.toISOString(),
        occurred_to: b.occurredTo.toISOString(),
        recorded_at: b.recordedAt.toISOString(),
        recorded_by: b.recordedBy,
      })),
    );
    await this.sql(
      `insert into metrics.llm_usage_batches (id, organization_id, ingest_id, project_id, records, requests, errors, input_tokens, output_tokens,
         cache_read_tokens, cache_write_tokens, cost_micros, occurred_from, occurred_to, recorded_at, recorded_by)
       select r.id, r.organization_id, r.ingest_id, r.project_id, r.records, r.requests, r.errors, r.input_tokens, r.output_tokens,
         r.cache_read_tokens, r.cache_write_tokens, r.cost_micros, r.occurred_from, r.occurred_to, r.recorded_at, r.recorded_by
       from json_to_recordset(?::json) as r(id uuid, organization_id uuid, ingest_id uuid, project_id uuid, records integer, requests integer,
         errors integer, input_tokens bigint, output_tokens bigint, cache_read_tokens bigint, cache_write_tokens bigint, cost_micros bigint,
         occurred_from timestamptz, occurred_to timestamptz, recorded_at timestamptz, recorded_by varchar)
       where {{tenant:r}}`,
      [payload],
    );
  }
}
