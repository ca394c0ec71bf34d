import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfValues, type AccessControl } from '@steward/kernel';
import type { Decision } from './decision.entity.js';
import { DecisionRepository } from './decision.repository.js';

/** Per-request batch loaders of logged decisions, in the organizations where the caller may read policies. */
export interface DecisionLoaders {
  decisionById: DataLoader<string, Decision | null>;
  /** The latest PROMOTE_VERSION decision about each version (null before the first). */
  promotionDecisionByVersion: DataLoader<string, Decision | null>;
}

export function createDecisionLoaders(em: EntityManager, access: AccessControl): DecisionLoaders {
  const repository = async () => new DecisionRepository(em, await access.scope('policy:read'));
  return {
    decisionById: loaderById(async (ids) => (await repository()).findByIds(ids)),
    promotionDecisionByVersion: loaderOfValues<Decision | null>(
      async (versionIds) => new Map((await (await repository()).latestPromotionOf(versionIds)).map((decision) => [decision.versionId!, decision])),
      null,
    ),
  };
}
