import type DataLoader from 'dataloader';
import { loaderById } from '@steward/kernel';
import type { MetricsScope } from '../../metrics.scope.js';
import type { LlmUsageBatch } from './llm-usage-batch.entity.js';
import { LlmUsageBatchRepository } from './llm-usage-batch.repository.js';

/** Per-request loader of usage batches the caller may read (`metrics:read`), in key order (null otherwise). */
export function createUsageBatchLoader({ em, access }: MetricsScope): DataLoader<string, LlmUsageBatch | null> {
  return loaderById(async (ids) => new LlmUsageBatchRepository(em, await access.scope('metrics:read')).findByIds(ids));
}
