import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, type TenantScope } from '@steward/kernel';
import type { SsoConnection } from './sso-connection.entity.js';
import { SsoConnectionRepository } from './sso-connection.repository.js';

export interface SsoConnectionLoaders {
  byId: DataLoader<string, SsoConnection | null>;
}

/** Loaders of SSO connections of the organizations the caller belongs to (`visible`). */
export function createSsoConnectionLoaders(em: EntityManager, visible: () => Promise<TenantScope>): SsoConnectionLoaders {
  return { byId: loaderById(async (ids) => new SsoConnectionRepository(em, await visible()).findManyByIds(ids)) };
}
