import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Creates a custom role. */
export const createRole: MutationResolvers['createRole'] = (_parent, args, ctx) => ctx.roles.create(args.input);
