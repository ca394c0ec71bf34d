import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A person with an account. Emails are stored normalised (trimmed, lower-case) and unique. */
export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: (p) => ({
    id: p.uuid().primary(),
    email: p.string().length(254),
    name: p.string().length(100),
    passwordHash: p.text().hidden(),
    emailVerified: p.boolean(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  }),
});
export type User = InferEntity<typeof UserSchema>;

/**
 * What the `User` type shows of a user: read-only paths (`me`, references, an audit event's actor)
 * load just this, with one plain statement instead of a hydrated entity; an entity is one too.
 */
export type UserView = Pick<User, 'id' | 'email' | 'name' | 'emailVerified' | 'createdAt'>;
