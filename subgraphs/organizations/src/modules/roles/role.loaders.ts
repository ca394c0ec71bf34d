import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfCounts, loaderOfGroups } from '../../loaders.js';
import { MembershipRepository } from '../members/membership.repository.js';
import type { Role } from './role.entity.js';
import { RoleRepository } from './role.repository.js';

export interface RoleLoaders {
  byId: DataLoader<string, Role | null>;
  /** Every role of an organization (what inheritance is computed from). */
  byOrganization: DataLoader<string, Role[]>;
  memberCount: DataLoader<string, number>;
}

/** Loaders of roles of the organizations the caller belongs to (`visible`). */
export function createRoleLoaders(em: EntityManager, visible: () => Promise<string[]>): RoleLoaders {
  return {
    byId: loaderById(async (ids) => new RoleRepository(em, await visible()).findManyByIds(ids)),
    byOrganization: loaderOfGroups(
      async (organizationIds) => {
        const allowed = new Set(await visible());
        return new RoleRepository(em, organizationIds.filter((id) => allowed.has(id))).list();
      },
      (role) => role.organizationId,
    ),
    memberCount: loaderOfCounts(async () => new MembershipRepository(em, await visible()).countByRole()),
  };
}
