import type { EntityManager } from '@mikro-orm/postgresql';
import { LlmUsageBatchSchema, type LlmUsageBatch } from './llm-usage-batch.entity.js';

/** Usage batches of the organizations a caller may see. */
export class LlmUsageBatchRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationIds: readonly string[],
  ) {}

  findManyByIds(ids: readonly string[]): Promise<LlmUsageBatch[]> {
    return this.em.find(LlmUsageBatchSchema, { id: { $in: [...ids] }, organizationId: { $in: [...this.organizationIds] } });
  }

  /** A page of an organization's batches (optionally of one project), most recent first. */
  page(organizationId: string, projectId: string | null, after: { at: Date; id: string } | null, limit: number): Promise<LlmUsageBatch[]> {
    if (!this.organizationIds.includes(organizationId)) return Promise.resolve([]);
    const position = after ? { $or: [{ recordedAt: { $lt: after.at } }, { recordedAt: after.at, id: { $lt: after.id } }] } : {};
    return this.em.find(
      LlmUsageBatchSchema,
      { organizationId, ...(projectId ? { projectId } : {}), ...position },
      { orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }], limit },
    );
  }
}
