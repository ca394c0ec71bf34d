import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, loaderById, loaderOfGroups, loaderOfValues, type Clock } from '@steward/kernel';
import { MembershipRepository } from '../members/membership.repository.js';
import type { Role } from './role.entity.js';
import { NO_USAGE, RoleRepository, type RoleUsage } from './role.repository.js';

export interface RoleLoaders {
  byId: DataLoader<string, Role | null>;
  /** Every role of an organization (what inheritance is computed from). */
  byOrganization: DataLoader<string, Role[]>;
  memberCount: DataLoader<string, number>;
  /** What still uses each role (what deleting it waits for). */
  usage: DataLoader<string, RoleUsage>;
}

/** Loaders of roles of the organizations the caller belongs to (`visible`); `clock` decides which invitations and keys still use a role. */
export function createRoleLoaders(em: EntityManager, visible: () => Promise<TenantScope>, clock: Clock): RoleLoaders {
  const roles = async () => new RoleRepository(em, await visible());
  return {
    byId: loaderById(async (ids) => (await roles()).findManyByIds(ids)),
    byOrganization: loaderOfGroups(
      async (organizationIds) => {
        const scope = await visible();
        // Only the organizations asked for: a request may see many, and wants the roles of a few.
        return new RoleRepository(em, new TenantScope(organizationIds.filter((id) => scope.includes(id)))).list();
      },
      (role) => role.organizationId,
    ),
    memberCount: loaderOfValues(async () => new MembershipRepository(em, await visible()).countByRole(), 0),
    usage: loaderOfValues(async (roleIds) => (await roles()).usageOf(roleIds, clock()), NO_USAGE),
  };
}
