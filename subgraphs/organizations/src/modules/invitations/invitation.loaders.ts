import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, type TenantScope } from '@steward/kernel';
import type { Invitation } from './invitation.entity.js';
import { InvitationRepository } from './invitation.repository.js';

export interface InvitationLoaders {
  byId: DataLoader<string, Invitation | null>;
}

/** Loaders of invitations of the organizations the caller belongs to (`visible`). */
export function createInvitationLoaders(em: EntityManager, visible: () => Promise<TenantScope>): InvitationLoaders {
  return { byId: loaderById(async (ids) => new InvitationRepository(em, await visible()).findManyByIds(ids)) };
}
