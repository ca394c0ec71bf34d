import type { Express, RequestHandler } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { serviceCallersOnly, type Logger } from '@steward/kernel';
import { isUuid } from '../../authorization.js';
import { NO_USAGE, liveKey, measureVersions } from './live-measurements.service.js';

/** Most versions one request may ask for (a comparison needs two, a promotion one). */
const MAX_VERSIONS = 100;

/**
 * `GET /internal/live-measurements?organizationId=<id>&versionId=<id>[&versionId=<id>…]` →
 * `{ versions: [{ versionId, requests, errorRate, p95LatencyMs, costPerRequestUsd }] }`, one entry per
 * version asked for, in the order asked. Projects calls it before a promotion (a mutation cannot use
 * `@requires`), so the promotion decides on the values the `gate` field shows. The calling service has
 * already checked the caller's permission on the version.
 */
export function mountLiveMeasurementsRoutes(app: Express, requireInternal: RequestHandler, fork: () => EntityManager, logger: Logger): void {
  app.get('/internal/live-measurements', requireInternal, serviceCallersOnly, async (req, res) => {
    const organizationId = req.query.organizationId;
    const raw = req.query.versionId;
    const versionIds = (Array.isArray(raw) ? raw : [raw]).filter((id): id is string => typeof id === 'string');
    if (typeof organizationId !== 'string' || !isUuid(organizationId)) {
      res.status(400).json({ error: 'organizationId must be an organization id.' });
      return;
    }
    if (versionIds.length === 0 || versionIds.length > MAX_VERSIONS || !versionIds.every(isUuid)) {
      res.status(400).json({ error: `versionId must be 1 to ${MAX_VERSIONS} version ids.` });
      return;
    }
    try {
      const found = await measureVersions(fork(), versionIds.map((versionId) => ({ organizationId, versionId })));
      const versions = versionIds.map((versionId) => ({
        versionId,
        ...(found.get(liveKey({ organizationId, versionId })) ?? NO_USAGE),
      }));
      res.set('cache-control', 'no-store').json({ versions });
    } catch (error) {
      logger.error({ err: error }, 'Internal route failed (route=%s)', '/internal/live-measurements');
      if (!res.headersSent) res.status(500).json({ error: 'Internal error.' });
    }
  });
}
