import DataLoader from 'dataloader';
import { TenantScope, isId } from '@steward/kernel';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { UsageAggregate, UsageSource } from './usage.repository.js';
import { UsageTotalsRepository, type TotalsDimension } from './usage-totals.repository.js';

/** The totals of one project or version over one range, from one source, within its organization. */
export interface UsageTotalsKey {
  source: UsageSource;
  dimension: TotalsDimension;
  organizationId: string;
  id: string;
  from: Date;
  to: Date;
}

/** The request's loader of usage totals (`MetricsScope.usageTotals`). */
export type UsageTotalsLoader = DataLoader<UsageTotalsKey, UsageAggregate | null, string>;

/** What one statement answers: the key without its id (times as numbers: this runs for every load of a large page). */
const batchKey = (key: UsageTotalsKey) => `${key.source}|${key.dimension}|${key.organizationId}|${key.from.getTime()}|${key.to.getTime()}`;
const cacheKey = (key: UsageTotalsKey) => `${batchKey(key)}|${key.id}`;

/** One statement per source, dimension, organization and range; null for ids without usage (or malformed). */
async function loadTotals(em: EntityManager, keys: readonly UsageTotalsKey[]): Promise<(UsageAggregate | null)[]> {
  const batches = new Map<string, { first: UsageTotalsKey; ids: Set<string>; totals?: Map<string, UsageAggregate> }>();
  const batchOfKey = keys.map((key) => {
    if (!isId(key.id)) return null;
    const name = batchKey(key);
    const batch = batches.get(name);
    if (batch) batch.ids.add(key.id);
    else batches.set(name, { first: key, ids: new Set([key.id]) });
    return name;
  });
  for (const batch of batches.values()) {
    const { source, dimension, organizationId, from, to } = batch.first;
    // One organization at a time: the same version id in two tenants must not add up.
    batch.totals = await new UsageTotalsRepository(em, TenantScope.of(organizationId)).totals(source, { from, to }, dimension, [...batch.ids]);
  }
  return keys.map((key, index) => {
    const name = batchOfKey[index];
    return (name && batches.get(name)?.totals?.get(key.id)) || null;
  });
}

/**
 * A request's loader of usage totals, shared by `Project.usage`, `ProjectVersion.usage` and
 * `ProjectVersion.liveMeasurements`: the versions of a dashboard are read once for both fields. It
 * checks no permission (callers do, each for its own field). Dispatch waits for the next macrotask so
 * loads issued after each field's own asynchronous permission check still share one statement.
 */
export function createUsageTotalsLoader(em: EntityManager): UsageTotalsLoader {
  return new DataLoader((keys) => loadTotals(em, keys), { cacheKeyFn: cacheKey, batchScheduleFn: (dispatch) => setImmediate(dispatch) });
}
