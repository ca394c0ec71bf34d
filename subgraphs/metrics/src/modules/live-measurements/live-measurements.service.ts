import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, type MetricsAccess } from '../../authorization.js';
import { divideRounded, MICROS_PER_USD } from '../../money.js';
import { UsageRepository } from '../usage/usage.repository.js';

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

/** The values of a version without recorded usage. */
export const NO_USAGE: LiveMeasurements = { requests: 0, errorRate: null, p95LatencyMs: null, costPerRequestUsd: null };

/** Map key of a version within its organization (usage of another tenant naming the same id never mixes in). */
export function liveKey(key: LiveMeasurementsKey): string {
  return `${key.organizationId}|${key.versionId}`;
}

/**
 * All usage recorded for a version: from 2000-01-01 to the end of today (UTC), day-aligned so the
 * daily rollup answers it. The same range as `ProjectVersion.usage` without bounds, so the gate
 * and the usage a `metrics:read` holder sees agree.
 */
function versionLifetime(): { from: Date; to: Date } {
  const tomorrow = Math.floor(Date.now() / 86_400_000) * 86_400_000 + 86_400_000;
  return { from: new Date(Date.UTC(2000, 0, 1)), to: new Date(tomorrow) };
}

/**
 * The live values of versions, for any caller: the field checks the caller first, the internal route
 * answers Steward services only (the calling service has checked its caller's permission). Keyed by
 * {@link liveKey}; a version without usage (or with a malformed id) is absent.
 */
export async function measureVersions(em: EntityManager, keys: readonly LiveMeasurementsKey[]): Promise<Map<string, LiveMeasurements>> {
  const byOrganization = new Map<string, Set<string>>();
  for (const { organizationId, versionId } of keys) {
    if (!isUuid(organizationId) || !isUuid(versionId)) continue;
    byOrganization.set(organizationId, (byOrganization.get(organizationId) ?? new Set()).add(versionId));
  }
  const out = new Map<string, LiveMeasurements>();
  for (const [organizationId, versionIds] of byOrganization) {
    const groups = [...versionIds].map((id) => ({ version_id: id }));
    const rows = await new UsageRepository(em, organizationId).series('DAILY_ROLLUP', versionLifetime(), 'MONTH', ['VERSION'], groups);
    for (const row of rows) {
      // Rows with a period are the monthly series; the range totals have none.
      if (row.periodStart !== null || !row.group.version_id) continue;
      const { requests, errors, costMicros, latencyP95Ms } = row.aggregate;
      out.set(liveKey({ organizationId, versionId: row.group.version_id }), {
        requests,
        errorRate: requests === 0 ? null : errors / requests,
        p95LatencyMs: latencyP95Ms,
        costPerRequestUsd: requests === 0 ? null : Number(divideRounded(costMicros, BigInt(requests))) / Number(MICROS_PER_USD),
      });
    }
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
  constructor(
    private readonly em: EntityManager,
    private readonly access: MetricsAccess,
  ) {}

  /**
   * For the field: null where the caller may not read the version's organization (`project:read`,
   * which is what reading its gate needs, not `metrics:read`: the gate shows these values anyway).
   */
  async readable(keys: readonly LiveMeasurementsKey[]): Promise<(LiveMeasurements | null)[]> {
    const organizations = [...new Set(keys.map((key) => key.organizationId))];
    const allowed = new Set<string>();
    for (const organizationId of organizations) if (await this.access.can(organizationId, 'project:read')) allowed.add(organizationId);
    const found = await measureVersions(this.em, keys.filter((key) => allowed.has(key.organizationId)));
    return keys.map((key) => (allowed.has(key.organizationId) ? found.get(liveKey(key)) ?? NO_USAGE : null));
  }
}
