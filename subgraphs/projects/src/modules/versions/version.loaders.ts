import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderFamily, loaderOfGroups, loaderOfValues, type AccessControl } from '@steward/kernel';
import type { VersionRecord } from './version.entity.js';
import { VersionRepository, type VersionPageQuery } from './version.repository.js';
import type { VersionTransition } from './version-transition.entity.js';
import { VersionTransitionRepository, type HistoryPageQuery } from './version-transition.repository.js';

/** Per-request batch loaders of versions and their history, limited to the organizations where the caller may read projects. */
export interface VersionLoaders {
  versionById: DataLoader<string, VersionRecord | null>;
  /** The V2 version of each project, or null. */
  productionVersionByProject: DataLoader<string, VersionRecord | null>;
  /** Up to `first + 1` versions per project, one statement for all projects sharing the same arguments. */
  versionsByProject: (query: VersionPageQuery) => DataLoader<string, VersionRecord[]>;
  /** Up to `first + 1` history entries per version, one statement for all versions sharing the same arguments. */
  historyByVersion: (query: HistoryPageQuery) => DataLoader<string, VersionTransition[]>;
}

export function createVersionLoaders(em: EntityManager, access: AccessControl): VersionLoaders {
  const readable = () => access.scope('project:read');
  const versions = async () => new VersionRepository(em, await readable());
  return {
    versionById: loaderById(async (ids) => (await versions()).findByIds(ids)),
    productionVersionByProject: loaderOfValues(
      async (projectIds) => new Map((await (await versions()).productionOfProjects(projectIds)).map((version) => [version.projectId, version])),
      null,
    ),
    versionsByProject: loaderFamily((query: VersionPageQuery) =>
      loaderOfGroups(async (projectIds) => (await versions()).pagesForProjects(projectIds, query), (version) => version.projectId),
    ),
    historyByVersion: loaderFamily((query: HistoryPageQuery) =>
      loaderOfGroups(
        async (versionIds) => new VersionTransitionRepository(em, await readable()).pagesForVersions(versionIds, query),
        (entry) => entry.versionId,
      ),
    ),
  };
}
