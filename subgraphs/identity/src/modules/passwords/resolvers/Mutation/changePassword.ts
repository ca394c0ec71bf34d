import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Replaces the caller's password. */
export const changePassword: MutationResolvers['changePassword'] = (_parent, args, ctx) => ctx.passwords.change(args);
