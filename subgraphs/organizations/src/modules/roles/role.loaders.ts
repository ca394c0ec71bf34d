import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '@steward/kernel';
import { loaderById, loaderOfCounts, loaderOfGroups } from '../../loaders.js';
import { MembershipRepository } from '../members/membership.repository.js';
import type { Role } from './role.entity.js';
import { RoleRepository, type RoleUsage } from './role.repository.js';

export interface RoleLoaders {
  byId: DataLoader<string, Role | null>;
  /** Every role of an organization (what inheritance is computed from). */
  byOrganization: DataLoader<string, Role[]>;
  memberCount: DataLoader<string, number>;
  /** What still uses each role (what deleting it waits for). */
  usage: DataLoader<string, RoleUsage>;
}

/** Loaders of roles of the organizations the caller belongs to (`visible`); `clock` decides which invitations and keys still use a role. */
export function createRoleLoaders(em: EntityManager, visible: () => Promise<string[]>, clock: Clock): RoleLoaders {
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
    usage: new DataLoader(async (roleIds) => {
      const usage = await new RoleRepository(em, await visible()).usageOf(roleIds, clock());
      return roleIds.map((id) => usage.get(id) ?? { members: 0, invitations: 0, apiKeys: 0, childRoles: 0 });
    }),
  };
}
