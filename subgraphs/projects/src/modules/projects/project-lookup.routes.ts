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
      const versions = new VersionRepository(em, tenant);
      const found = await new ProjectRepository(em, tenant).existingIds(projectIds);
      const production = found.length ? await versions.productionOfProjects(found) : [];
      return {
        projectIds: found,
        versions: await versions.projectsOf(versionIds),
        productionVersions: production.map((version) => ({ projectId: version.projectId, versionId: version.id })),
      };
    }),
  ];
}
