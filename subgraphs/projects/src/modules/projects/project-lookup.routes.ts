import type { EntityManager } from '@mikro-orm/core';
import { serve, type ServedRoute } from '@steward/kernel';
import { projectLookupRoute } from '../../projects.routes.js';
import { ProjectVersionSchema } from '../versions/version.entity.js';
import { ProjectSchema } from './project.entity.js';

/** Serves {@link projectLookupRoute}: every query is limited to the organization named in the request. */
export function projectLookupRoutes(fork: () => EntityManager): ServedRoute[] {
  return [
    serve(projectLookupRoute, async ({ organizationId, projectIds, versionIds }) => {
      const em = fork();
      const projects = projectIds.length ? await em.find(ProjectSchema, { organizationId, id: { $in: projectIds } }, { fields: ['id'] }) : [];
      const versions = versionIds.length ? await em.find(ProjectVersionSchema, { organizationId, id: { $in: versionIds } }, { fields: ['id', 'projectId'] }) : [];
      return {
        projectIds: projects.map((project) => project.id),
        versions: versions.map((version) => ({ id: version.id, projectId: version.projectId })),
      };
    }),
  ];
}
