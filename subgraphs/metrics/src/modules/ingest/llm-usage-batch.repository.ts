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

  /** Stores the batches of an ingest call (written with the caller's transaction). */
  async add(batches: readonly LlmUsageBatch[]): Promise<void> {
    for (const batch of batches) this.create(LlmUsageBatchSchema, batch);
    await this.flush();
  }
}
