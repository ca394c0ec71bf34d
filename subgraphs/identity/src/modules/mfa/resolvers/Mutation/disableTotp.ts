import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Turns two-step sign-in off. */
export const disableTotp: MutationResolvers['disableTotp'] = (_parent, args, ctx) => ctx.mfa.disable(args);
