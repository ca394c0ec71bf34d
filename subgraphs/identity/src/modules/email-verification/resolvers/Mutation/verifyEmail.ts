import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Verifies an address with a mailed token. */
export const verifyEmail: MutationResolvers['verifyEmail'] = (_parent, args, ctx) => ctx.emailVerification.verify(args);
