import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, type AccessControl } from '@steward/kernel';
import type { Policy, PolicyVersion } from './policy.entity.js';
import { PolicyRepository } from './policy.repository.js';

/** Per-request batch loaders of policies and versions, limited to the organizations where the caller may read policies. */
export interface PolicyLoaders {
  policyById: DataLoader<string, Policy | null>;
  policyVersionById: DataLoader<string, PolicyVersion | null>;
}

export function createPolicyLoaders(em: EntityManager, access: AccessControl): PolicyLoaders {
  const repository = async () => new PolicyRepository(em, await access.scope('policy:read'));
  return {
    policyById: loaderById(async (ids) => (await repository()).findByIds(ids)),
    policyVersionById: loaderById(async (ids) => (await repository()).findVersionsByIds(ids)),
  };
}
