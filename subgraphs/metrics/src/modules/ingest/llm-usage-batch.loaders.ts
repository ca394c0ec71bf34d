import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, type MetricsAccess } from '../../authorization.js';
import type { LlmUsageBatch } from './llm-usage-batch.entity.js';
import { LlmUsageBatchRepository } from './llm-usage-batch.repository.js';

/** Per-request batch loader of usage batches the caller may read, in key order (null otherwise). */
export function createUsageBatchLoader(em: EntityManager, access: MetricsAccess): DataLoader<string, LlmUsageBatch | null> {
  return new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await new LlmUsageBatchRepository(em, await access.organizationsWith('metrics:read')).findManyByIds(valid) : [];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
