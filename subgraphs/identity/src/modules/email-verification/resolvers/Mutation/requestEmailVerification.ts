import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Mails the caller a verification link. */
export const requestEmailVerification: MutationResolvers['requestEmailVerification'] = (_parent, _args, ctx) => ctx.emailVerification.request();
