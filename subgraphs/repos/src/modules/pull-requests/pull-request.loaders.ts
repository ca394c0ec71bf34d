import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, type AccessControl } from '@steward/kernel';
import type { PullRequest } from './pull-request.entity.js';
import { PullRequestRepository } from './pull-request.repository.js';

/** Per-request batch loaders of pull requests, limited to the organizations where the caller may read repositories. */
export interface PullRequestLoaders {
  /** Pull requests by id in key order; null for unknown ids and for pull requests of other tenants. */
  pullRequestById: DataLoader<string, PullRequest | null>;
}

export function createPullRequestLoaders(em: EntityManager, access: AccessControl): PullRequestLoaders {
  return {
    pullRequestById: loaderById(async (ids) => new PullRequestRepository(em, await access.scope('repo:read')).findByIds(ids)),
  };
}
