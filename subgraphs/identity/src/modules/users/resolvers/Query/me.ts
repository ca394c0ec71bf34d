import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** The signed-in user, or null for anonymous callers. */
export const me: QueryResolvers['me'] = (_parent, _args, ctx) =>
  ctx.caller.kind === 'user' ? ctx.loaders.userById.load(ctx.caller.userId) : null;
