import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfCounts } from '../../loaders.js';
import { MembershipRepository } from '../members/membership.repository.js';
import type { Organization } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';

export interface OrganizationLoaders {
  byId: DataLoader<string, Organization | null>;
  memberCount: DataLoader<string, number>;
}

/** Loaders of organizations the caller belongs to (`visible`), so a foreign id resolves to null. */
export function createOrganizationLoaders(em: EntityManager, visible: () => Promise<string[]>): OrganizationLoaders {
  return {
    byId: loaderById(async (ids) => new OrganizationRepository(em, await visible()).findManyByIds(ids)),
    memberCount: loaderOfCounts(async () => new MembershipRepository(em, await visible()).countByOrganization()),
  };
}
