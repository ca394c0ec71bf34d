import type { EntityManager } from '@mikro-orm/core';
import { UserSchema, type User } from './user.entity.js';

/** Reads and writes users; emails are compared in their normalised form. */
export class UserRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: string): Promise<User | null> {
    return this.em.findOne(UserSchema, { id });
  }

  findManyByIds(ids: readonly string[]): Promise<User[]> {
    return this.em.find(UserSchema, { id: { $in: [...ids] } });
  }

  findByEmail(normalisedEmail: string): Promise<User | null> {
    return this.em.findOne(UserSchema, { email: normalisedEmail });
  }

  add(data: Pick<User, 'id' | 'email' | 'name' | 'passwordHash'>): User {
    const now = new Date();
    return this.em.create(UserSchema, { ...data, emailVerified: false, createdAt: now, updatedAt: now });
  }
}
