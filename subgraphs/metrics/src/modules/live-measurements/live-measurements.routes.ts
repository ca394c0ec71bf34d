import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, serve, type Clock, type ServedRoute } from '@steward/kernel';
import { liveMeasurementsRoute } from '../../metrics.routes.js';
import { NO_USAGE, liveKey, measureVersions } from './live-measurements.service.js';

/** Serves {@link liveMeasurementsRoute}: the live values of versions of one organization, in the order asked. */
export function liveMeasurementsRoutes(fork: () => EntityManager, clock: Clock): ServedRoute[] {
  return [
    serve(liveMeasurementsRoute, async ({ organizationId, versionId: versionIds }) => {
      const keys = versionIds.map((versionId) => ({ organizationId, versionId }));
      const found = await measureVersions(fork(), TenantScope.of(organizationId), keys, clock());
      return { versions: versionIds.map((versionId) => ({ versionId, ...(found.get(liveKey({ organizationId, versionId })) ?? NO_USAGE) })) };
    }),
  ];
}
