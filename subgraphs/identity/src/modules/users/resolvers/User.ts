import type { UserResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution for other subgraphs' `User` stubs, batched per request; and per-user MFA state. */
export const User: UserResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.userById.load(reference.id),
  mfaEnabled: (user, _args, ctx) => ctx.loaders.mfaEnabledByUserId.load(user.id),
};
