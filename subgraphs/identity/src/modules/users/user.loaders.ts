import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfValues } from '@steward/kernel';
import type DataLoader from 'dataloader';
import { MfaRepository } from '../mfa/mfa.repository.js';
import type { UserView } from './user.entity.js';
import { UserRepository } from './user.repository.js';

/** The per-request loaders of the users module. */
export interface UserLoaders {
  /** Users by id (`__resolveReference`, `me`, an audit event's actor); null for unknown ids. */
  userById: DataLoader<string, UserView | null>;
  /** Whether each user has a confirmed TOTP credential. */
  mfaEnabledByUserId: DataLoader<string, boolean>;
}

/** Builds the users module's loaders on one request's ORM fork. */
export function createUserLoaders(em: EntityManager): UserLoaders {
  const users = new UserRepository(em);
  const mfa = new MfaRepository(em);
  return {
    userById: loaderById((ids) => users.viewsByIds(ids)),
    mfaEnabledByUserId: loaderOfValues((ids) => mfa.enabledAmong(ids), false),
  };
}
