import { allow, rule, or, isAuthenticated, type IRules } from '@steward/kernel';
import type { IdentityContext } from '../../identity.context.js';
import type { User } from './user.entity.js';

/** The field belongs to the user the request acts for. */
const isSelf = rule({ cache: 'strict' })((parent: User, _args, ctx: IdentityContext) => ctx.viewer.userId !== null && ctx.viewer.userId === parent.id);

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
