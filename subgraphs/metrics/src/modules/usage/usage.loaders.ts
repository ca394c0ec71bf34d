import DataLoader from 'dataloader';
import type { UsageService, UsageSummary, UsageSummaryKey } from './usage.service.js';

/** Per-request batch loader of project and version usage, answering in key order. */
export function createUsageSummaryLoader(usage: UsageService): DataLoader<UsageSummaryKey, UsageSummary | null, string> {
  return new DataLoader((keys) => usage.summaries(keys), {
    // Times as numbers: this runs for every version of a dashboard page.
    cacheKeyFn: (key) => `${key.dimension}|${key.id}|${key.organizationId}|${key.from?.getTime()}|${key.to?.getTime()}`,
  });
}

/** A range bound as the field received it, as a date (null when unbounded). */
const at = (value: Date | string | null | undefined): Date | null => (value ? new Date(value) : null);

/**
 * The usage of a project or version over the field's range, through the loader; null when the
 * gateway did not supply the owning organization.
 */
export function loadUsageSummary(
  loader: DataLoader<UsageSummaryKey, UsageSummary | null, string>,
  of: { dimension: UsageSummaryKey['dimension']; id: string; organizationId: string | null },
  range: { from?: Date | string | null; to?: Date | string | null },
): Promise<UsageSummary | null> | null {
  if (!of.organizationId) return null;
  return loader.load({ dimension: of.dimension, id: of.id, organizationId: of.organizationId, from: at(range.from), to: at(range.to) });
}
