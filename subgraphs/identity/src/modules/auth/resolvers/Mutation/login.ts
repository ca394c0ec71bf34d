import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Signs in with email and password. */
export const login: MutationResolvers['login'] = (_parent, args, ctx) => ctx.auth.login(args.input);
