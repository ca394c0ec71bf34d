import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, serve, type ServedRoute } from '@steward/kernel';
import { projectLookupRoute } from '../../projects.routes.js';
import { VersionRepository } from '../versions/version.repository.js';
import { ProjectRepository } from './project.repository.js';

/** Serves {@link projectLookupRoute}: its repositories are scoped to the organization named in the request. */
export function projectLookupRoutes(fork: () => EntityManager): ServedRoute[] {
  return [
    serve(projectLookupRoute, async ({ organizationId, projectIds, versionIds }) => {
      const em = fork();
      const tenant = TenantScope.of(organizationId);
      return {
        projectIds: await new ProjectRepository(em, tenant).existingIds(projectIds),
        versions: await new VersionRepository(em, tenant).projectsOf(versionIds),
      };
    }),
  ];
}
