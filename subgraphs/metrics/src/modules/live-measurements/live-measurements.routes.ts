import type { EntityManager } from '@mikro-orm/postgresql';
import { serve, type ServedRoute } from '@steward/kernel';
import { liveMeasurementsRoute } from '../../metrics.routes.js';
import { NO_USAGE, liveKey, measureVersions } from './live-measurements.service.js';

/** Serves {@link liveMeasurementsRoute}: the live values of versions of one organization, in the order asked. */
export function liveMeasurementsRoutes(fork: () => EntityManager): ServedRoute[] {
  return [
    serve(liveMeasurementsRoute, async ({ organizationId, versionId: versionIds }) => {
      const found = await measureVersions(fork(), versionIds.map((versionId) => ({ organizationId, versionId })));
      return { versions: versionIds.map((versionId) => ({ versionId, ...(found.get(liveKey({ organizationId, versionId })) ?? NO_USAGE) })) };
    }),
  ];
}
