import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, type AccessControl } from '@steward/kernel';
import type { Repository } from './repository.entity.js';
import { RepositoryRepository } from './repository.repository.js';

/** Per-request batch loaders of repositories, limited to the organizations where the caller may read repositories. */
export interface RepositoryLoaders {
  /** Repositories by id in key order; null for unknown ids and for repositories of other tenants. */
  repositoryById: DataLoader<string, Repository | null>;
}

export function createRepositoryLoaders(em: EntityManager, access: AccessControl): RepositoryLoaders {
  return {
    repositoryById: loaderById(async (ids) => new RepositoryRepository(em, await access.scope('repo:read')).findByIds(ids)),
  };
}
