import DataLoader from 'dataloader';
import type { User } from './user.entity.js';
import type { UserRepository } from './user.repository.js';

/** Per-request batch loader of users by id, answering in key order (null for unknown ids). */
export function createUserLoader(users: UserRepository): DataLoader<string, User | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await users.findManyByIds(ids)).map((user) => [user.id, user]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
