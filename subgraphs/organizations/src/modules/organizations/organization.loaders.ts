import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfValues, type TenantScope } from '@steward/kernel';
import { MembershipRepository } from '../members/membership.repository.js';
import type { Organization } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';

export interface OrganizationLoaders {
  byId: DataLoader<string, Organization | null>;
  memberCount: DataLoader<string, number>;
}

/** Loaders of organizations the caller belongs to (`visible`), so a foreign id resolves to null. */
export function createOrganizationLoaders(em: EntityManager, visible: () => Promise<TenantScope>): OrganizationLoaders {
  return {
    byId: loaderById(async (ids) => new OrganizationRepository(em, await visible()).findManyByIds(ids)),
    memberCount: loaderOfValues(async () => new MembershipRepository(em, await visible()).countByOrganization(), 0),
  };
}
