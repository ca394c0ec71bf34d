import type { UserResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution for other subgraphs' `User` stubs, batched per request. */
export const User: UserResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.userById.load(reference.id),
};
