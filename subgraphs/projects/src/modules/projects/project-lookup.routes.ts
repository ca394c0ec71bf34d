import express, { type Express, type RequestHandler } from 'express';
import type { EntityManager } from '@mikro-orm/core';
import { serviceCallersOnly, type Logger } from '@steward/kernel';
import { z } from 'zod';
import { ProjectVersionSchema } from '../versions/version.entity.js';
import { ProjectSchema } from './project.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One lookup answers one ingest call at most: 1,000 records, each naming one project and one version. */
const LookupModel = z.object({
  organizationId: z.string().regex(UUID),
  projectIds: z.array(z.string().regex(UUID)).max(1000),
  versionIds: z.array(z.string().regex(UUID)).max(1000),
});

/**
 * `POST /internal/projects/lookup` `{ organizationId, projectIds, versionIds }` →
 * `{ projectIds, versions: [{ id, projectId }] }`: which of the ids are projects (archived included)
 * and versions of projects of that organization. Metrics checks the ids of recorded usage with it.
 * Only Steward services holding an internal token may call it.
 */
export function mountProjectLookupRoutes(app: Express, requireInternal: RequestHandler, fork: () => EntityManager, logger: Logger): void {
  app.post('/internal/projects/lookup', requireInternal, serviceCallersOnly, express.json({ limit: '128kb' }), async (req, res) => {
    const parsed = LookupModel.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'Expected { organizationId, projectIds, versionIds } with UUIDs (at most 1,000 of each).' });
      return;
    }
    const { organizationId, projectIds, versionIds } = parsed.data;
    try {
      const em = fork();
      const projects = projectIds.length ? await em.find(ProjectSchema, { organizationId, id: { $in: projectIds } }, { fields: ['id'] }) : [];
      const versions = versionIds.length ? await em.find(ProjectVersionSchema, { organizationId, id: { $in: versionIds } }, { fields: ['id', 'projectId'] }) : [];
      res.set('cache-control', 'no-store').json({
        projectIds: projects.map((project) => project.id),
        versions: versions.map((version) => ({ id: version.id, projectId: version.projectId })),
      });
    } catch (error) {
      logger.error({ err: error }, 'Internal route failed (route=%s)', '/internal/projects/lookup');
      if (!res.headersSent) res.status(500).json({ error: 'Internal error.' });
    }
  });
}
