import type { UserResolvers } from '../../../__generated__/resolvers-types.js';

/** Organizations' field of identity's User: the user's memberships the caller may see. */
export const User: UserResolvers = {
  memberships: (user, _args, ctx) => ctx.members.membershipsOf(user.id),
};
