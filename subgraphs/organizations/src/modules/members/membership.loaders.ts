import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfGroups, type TenantScope } from '@steward/kernel';
import type { Membership } from './membership.entity.js';
import { MembershipRepository } from './membership.repository.js';

export interface MembershipLoaders {
  byId: DataLoader<string, Membership | null>;
  /** A user's memberships among the caller's organizations. */
  byUser: DataLoader<string, Membership[]>;
}

/** Loaders of memberships of the organizations the caller belongs to (`visible`). */
export function createMembershipLoaders(em: EntityManager, visible: () => Promise<TenantScope>): MembershipLoaders {
  const memberships = async () => new MembershipRepository(em, await visible());
  return {
    byId: loaderById(async (ids) => (await memberships()).findManyByIds(ids)),
    byUser: loaderOfGroups(async (userIds) => (await memberships()).listForUsers(userIds), (membership) => membership.userId),
  };
}
