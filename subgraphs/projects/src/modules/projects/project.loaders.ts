import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderFamily, loaderOfGroups, type AccessControl } from '@steward/kernel';
import type { ProjectRecord } from './project.entity.js';
import { ProjectRepository, type ProjectPageQuery } from './project.repository.js';

/** Per-request batch loaders of projects, limited to the organizations where the caller may read projects. */
export interface ProjectLoaders {
  /** Projects by id in key order; null for unknown ids and for projects of other tenants. */
  projectById: DataLoader<string, ProjectRecord | null>;
  /** Up to `first + 1` projects per organization id, one statement for all organizations sharing the same arguments. */
  projectsByOrganization: (query: ProjectPageQuery) => DataLoader<string, ProjectRecord[]>;
}

export function createProjectLoaders(em: EntityManager, access: AccessControl): ProjectLoaders {
  const projects = async () => new ProjectRepository(em, await access.scope('project:read'));
  const projectById = loaderById(async (ids) => (await projects()).findByIds(ids));
  return {
    projectById,
    projectsByOrganization: loaderFamily((query: ProjectPageQuery) =>
      loaderOfGroups(async (organizationIds) => {
        const listed = await (await projects()).pagesForOrganizations(organizationIds, query);
        // The versions of a listed project ask for it (`ProjectVersion.project`): they find it here instead of in another statement.
        for (const project of listed) projectById.prime(project.id, project);
        return listed;
      }, (project) => project.organizationId),
    ),
  };
}
