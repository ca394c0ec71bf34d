import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Revokes the caller's current session. */
export const logout: MutationResolvers['logout'] = (_parent, _args, ctx) => ctx.auth.logout();
