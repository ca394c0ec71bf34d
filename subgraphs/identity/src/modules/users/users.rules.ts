import { allow, rule, or, isAuthenticated, type IRules } from '@steward/kernel';
import type { IdentityContext } from '../../identity.context.js';
import type { User } from './user.entity.js';

/**
 * The field belongs to the user the request acts for. Not cached: the comparison costs less than
 * shield's 'strict' cache key, a SHA-1 of the whole parent user computed for every field it guards.
 */
const isSelf = rule({ cache: 'no_cache' })((parent: User, _args, ctx: IdentityContext) => ctx.viewer.userId !== null && ctx.viewer.userId === parent.id);

/** Private fields are the user's own; the display name is visible to every signed-in user. */
export const usersRules: IRules = {
  Query: { me: allow },
  User: {
    id: allow,
    name: or(isSelf, isAuthenticated),
    createdAt: or(isSelf, isAuthenticated),
    email: isSelf,
    emailVerified: isSelf,
    mfaEnabled: isSelf,
  },
};
