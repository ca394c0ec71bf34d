import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfValues, type AccessControl } from '@steward/kernel';
import type { Violation } from './violation.entity.js';
import { ViolationRepository } from './violation.repository.js';

/** Per-request batch loaders of violations, in the organizations where the caller may read policies. */
export interface ViolationLoaders {
  violationById: DataLoader<string, Violation | null>;
  /** Violations still OPEN or ACKNOWLEDGED per project version. */
  openViolationsByVersion: DataLoader<string, number>;
}

export function createViolationLoaders(em: EntityManager, access: AccessControl): ViolationLoaders {
  const repository = async () => new ViolationRepository(em, await access.scope('policy:read'));
  return {
    violationById: loaderById(async (ids) => (await repository()).findByIds(ids)),
    openViolationsByVersion: loaderOfValues(async (versionIds) => (await repository()).openCountsByVersion(versionIds), 0),
  };
}
