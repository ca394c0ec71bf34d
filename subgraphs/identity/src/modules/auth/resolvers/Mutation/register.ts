import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Creates an account and signs it in. */
export const register: MutationResolvers['register'] = (_parent, args, ctx) => ctx.auth.register(args.input);
