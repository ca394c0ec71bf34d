import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Registers without telling whether the address is taken; always true. */
export const requestRegistration: MutationResolvers['requestRegistration'] = (_parent, args, ctx) => ctx.registrationRequests.request(args.input);
