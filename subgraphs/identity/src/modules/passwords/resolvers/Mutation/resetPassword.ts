import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Sets a new password with a mailed token. */
export const resetPassword: MutationResolvers['resetPassword'] = (_parent, args, ctx) => ctx.passwords.reset(args);
