import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { MfaRepository } from '../mfa/mfa.repository.js';
import type { User } from './user.entity.js';
import type { UserRepository } from './user.repository.js';

/** Per-request batch loader of users by id, answering in key order (null for unknown ids). */
export function createUserLoader(users: UserRepository): DataLoader<string, User | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await users.findManyByIds(ids)).map((user) => [user.id, user]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request batch loader of "has a confirmed TOTP credential", in key order. */
export function createMfaEnabledLoader(em: EntityManager): DataLoader<string, boolean> {
  return new DataLoader(async (ids) => {
    const enabled = await new MfaRepository(em).enabledAmong(ids);
    return ids.map((id) => enabled.has(id));
  });
}
