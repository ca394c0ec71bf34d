import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, isId } from '@steward/kernel';
import type { MetricsScope } from '../../metrics.scope.js';
import { divideRounded, MICROS_PER_USD } from '../../money.js';
import { UsageTotalsRepository } from '../usage/usage-totals.repository.js';
import type { UsageAggregate } from '../usage/usage.repository.js';
import { allRecordedUsage } from '../usage/usage.service.js';

/** What the gate of a version's project evaluates live (mirrors the `LiveMeasurements` type). */
export interface LiveMeasurements {
  requests: number;
  errorRate: number | null;
  p95LatencyMs: number | null;
  costPerRequestUsd: number | null;
}

/** One version whose live values are asked for, with the organization that owns it. */
export interface LiveMeasurementsKey {
  organizationId: string;
  versionId: string;
}

/** Where the live values are read from: all recorded usage is a range of whole days. */
const LIVE_SOURCE = 'DAILY_ROLLUP';

/** The values of a version without recorded usage. */
export const NO_USAGE: LiveMeasurements = { requests: 0, errorRate: null, p95LatencyMs: null, costPerRequestUsd: null };

/** Map key of a version within its organization (usage of another tenant naming the same id never mixes in). */
export function liveKey(key: LiveMeasurementsKey): string {
  return `${key.organizationId}|${key.versionId}`;
}

/** The live values of a version from its usage totals. */
function liveOf({ requests, errors, costMicros, latencyP95Ms }: UsageAggregate): LiveMeasurements {
  return {
    requests,
    errorRate: requests === 0 ? null : errors / requests,
    p95LatencyMs: latencyP95Ms,
    costPerRequestUsd: requests === 0 ? null : Number(divideRounded(costMicros, BigInt(requests))) / Number(MICROS_PER_USD),
  };
}

/**
 * The live values of versions of the organizations in `scope`, over all usage recorded for them
 * until `now` (the range of `ProjectVersion.usage` without bounds, so the gate and the usage a
 * `metrics:read` holder sees agree). The internal route, which answers Steward services only, passes
 * the organization it was asked about. Keyed by {@link liveKey}; a version without usage, with a
 * malformed id or outside the scope is absent.
 */
export async function measureVersions(em: EntityManager, scope: TenantScope, keys: readonly LiveMeasurementsKey[], now: Date): Promise<Map<string, LiveMeasurements>> {
  const byOrganization = new Map<string, Set<string>>();
  for (const { organizationId, versionId } of keys) {
    if (!scope.includes(organizationId) || !isId(versionId)) continue;
    byOrganization.set(organizationId, (byOrganization.get(organizationId) ?? new Set()).add(versionId));
  }
  const out = new Map<string, LiveMeasurements>();
  for (const [organizationId, versionIds] of byOrganization) {
    // One organization at a time: the same version id in two tenants must not add up.
    const totals = await new UsageTotalsRepository(em, TenantScope.of(organizationId)).totals(LIVE_SOURCE, allRecordedUsage(now), 'VERSION', [...versionIds]);
    for (const [versionId, aggregate] of totals) out.set(liveKey({ organizationId, versionId }), liveOf(aggregate));
  }
  return out;
}

/**
 * The live values a quality gate evaluates (`error_rate`, `p95_latency_ms`, `cost_per_request`),
 * measured from a version's recorded usage. Read by the `ProjectVersion.liveMeasurements` field
 * (the gateway feeds it to projects' `gate` through `@requires`) and by the internal route projects
 * asks before a promotion, so both decide on the same numbers.
 */
export class LiveMeasurementsService {
  constructor(private readonly scope: MetricsScope) {}

  /**
   * For the field: null where the caller may not read the version's organization (`project:read`,
   * which is what reading its gate needs, not `metrics:read`: the gate shows these values anyway).
   */
  async readable(keys: readonly LiveMeasurementsKey[]): Promise<(LiveMeasurements | null)[]> {
    const readable = await this.scope.access.scope('project:read');
    const { from, to } = allRecordedUsage(this.scope.now);
    // The request's totals loader: the same read as the versions' `usage` in the same request.
    const totals = this.scope.usageTotals;
    // Loads awaited together rather than in an async step per key: this runs for every version of a dashboard.
    const loads = keys.map(({ organizationId, versionId }) =>
      readable.includes(organizationId) ? totals.load({ source: LIVE_SOURCE, dimension: 'VERSION', organizationId, id: versionId, from, to }) : null,
    );
    const aggregates = await Promise.all(loads);
    return aggregates.map((aggregate, index) => (loads[index] === null ? null : aggregate ? liveOf(aggregate) : NO_USAGE));
  }
}
