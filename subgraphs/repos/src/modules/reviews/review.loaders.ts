import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, type AccessControl } from '@steward/kernel';
import type { CheckRun } from './check-run.entity.js';
import { CheckRunRepository } from './check-run.repository.js';
import type { ReviewComment } from './review-comment.entity.js';
import { ReviewCommentRepository } from './review-comment.repository.js';

/** Per-request batch loaders of review comments and check runs, limited to the organizations where the caller may read repositories. */
export interface ReviewLoaders {
  /** Review comments by id in key order; null for unknown ids and for other tenants' comments. */
  reviewCommentById: DataLoader<string, ReviewComment | null>;
  /** Check runs by id in key order; null for unknown ids and for other tenants' runs. */
  checkRunById: DataLoader<string, CheckRun | null>;
}

export function createReviewLoaders(em: EntityManager, access: AccessControl): ReviewLoaders {
  return {
    reviewCommentById: loaderById(async (ids) => new ReviewCommentRepository(em, await access.scope('repo:read')).findByIds(ids)),
    checkRunById: loaderById(async (ids) => new CheckRunRepository(em, await access.scope('repo:read')).findByIds(ids)),
  };
}
