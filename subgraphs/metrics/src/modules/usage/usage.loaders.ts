import DataLoader from 'dataloader';
import type { UsageService, UsageSummary, UsageSummaryKey } from './usage.service.js';

/** Per-request batch loader of project and version usage, answering in key order. */
export function createUsageSummaryLoader(usage: UsageService): DataLoader<UsageSummaryKey, UsageSummary | null, string> {
  return new DataLoader((keys) => usage.summaries(keys), {
    cacheKeyFn: (key) => [key.dimension, key.id, key.organizationId, key.from?.toISOString(), key.to?.toISOString()].join('|'),
  });
}
