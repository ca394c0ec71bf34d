import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Mails a reset link if the address has an account; always true. */
export const requestPasswordReset: MutationResolvers['requestPasswordReset'] = (_parent, args, ctx) => ctx.passwords.requestReset(args);
