import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { Page } from '../../pagination.js';
import { loaderFamily } from '../../loaders.js';
import type { TenantScope } from '../../tenancy.js';
import type { Project } from './project.entity.js';
import { ProjectRepository, type ProjectListQuery } from './project.repository.js';

/** Per-request batch loaders of projects, limited to the organizations the caller may read. */
export interface ProjectLoaders {
  /** Projects by id in key order; null for unknown ids and for projects of other tenants. */
  projectById: DataLoader<string, Project | null>;
  /** A page of projects per organization id, one statement for all organizations sharing the same arguments. */
  projectsByOrganization: (query: ProjectListQuery) => DataLoader<string, Page<Project>>;
}

export function createProjectLoaders(em: EntityManager, readable: () => Promise<TenantScope>): ProjectLoaders {
  const repository = async () => ProjectRepository.forScope(em, await readable());
  return {
    projectById: new DataLoader(async (ids) => {
      const found = new Map((await (await repository()).findManyByIds(ids)).map((project) => [project.id, project]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    projectsByOrganization: loaderFamily(
      (query: ProjectListQuery) =>
        new DataLoader<string, Page<Project>>(async (organizationIds) => {
          const pages = await (await repository()).listForOrganizations(organizationIds, query);
          return organizationIds.map((id) => pages.get(id)!);
        }),
    ),
  };
}
