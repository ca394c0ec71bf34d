import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderFamily, loaderOfGroups, type AccessControl } from '@steward/kernel';
import type { Project } from './project.entity.js';
import { ProjectRepository, type ProjectPageQuery } from './project.repository.js';

/** Per-request batch loaders of projects, limited to the organizations where the caller may read projects. */
export interface ProjectLoaders {
  /** Projects by id in key order; null for unknown ids and for projects of other tenants. */
  projectById: DataLoader<string, Project | null>;
  /** Up to `first + 1` projects per organization id, one statement for all organizations sharing the same arguments. */
  projectsByOrganization: (query: ProjectPageQuery) => DataLoader<string, Project[]>;
}

export function createProjectLoaders(em: EntityManager, access: AccessControl): ProjectLoaders {
  const projects = async () => new ProjectRepository(em, await access.scope('project:read'));
  return {
    projectById: loaderById(async (ids) => (await projects()).findByIds(ids)),
    projectsByOrganization: loaderFamily((query: ProjectPageQuery) =>
      loaderOfGroups(async (organizationIds) => (await projects()).pagesForOrganizations(organizationIds, query), (project) => project.organizationId),
    ),
  };
}
