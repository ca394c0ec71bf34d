import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { Page } from '../../pagination.js';
import { loaderFamily } from '../../loaders.js';
import type { TenantScope } from '../../tenancy.js';
import type { ProjectVersion } from './version.entity.js';
import { VersionRepository, type VersionListQuery } from './version.repository.js';
import type { VersionTransition } from './version-transition.entity.js';
import { VersionTransitionRepository, type HistoryQuery } from './version-transition.repository.js';

/** Per-request batch loaders of versions and their history, limited to the organizations the caller may read. */
export interface VersionLoaders {
  versionById: DataLoader<string, ProjectVersion | null>;
  /** The V2 version of each project, or null. */
  productionVersionByProject: DataLoader<string, ProjectVersion | null>;
  versionsByProject: (query: VersionListQuery) => DataLoader<string, Page<ProjectVersion>>;
  historyByVersion: (query: HistoryQuery) => DataLoader<string, Page<VersionTransition>>;
}

export function createVersionLoaders(em: EntityManager, readable: () => Promise<TenantScope>): VersionLoaders {
  const versions = async () => VersionRepository.forScope(em, await readable());
  return {
    versionById: new DataLoader(async (ids) => {
      const found = new Map((await (await versions()).findManyByIds(ids)).map((version) => [version.id, version]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    productionVersionByProject: new DataLoader(async (projectIds) => {
      const found = new Map((await (await versions()).findProductionForProjects(projectIds)).map((version) => [version.projectId, version]));
      return projectIds.map((id) => found.get(id) ?? null);
    }),
    versionsByProject: loaderFamily(
      (query: VersionListQuery) =>
        new DataLoader<string, Page<ProjectVersion>>(async (projectIds) => {
          const pages = await (await versions()).listForProjects(projectIds, query);
          return projectIds.map((id) => pages.get(id)!);
        }),
    ),
    historyByVersion: loaderFamily(
      (query: HistoryQuery) =>
        new DataLoader<string, Page<VersionTransition>>(async (versionIds) => {
          const pages = await VersionTransitionRepository.forScope(em, await readable()).listForVersions(versionIds, query);
          return versionIds.map((id) => pages.get(id)!);
        }),
    ),
  };
}
