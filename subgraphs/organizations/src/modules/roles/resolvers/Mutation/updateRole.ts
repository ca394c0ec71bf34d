import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Changes a custom role. */
export const updateRole: MutationResolvers['updateRole'] = (_parent, args, ctx) => ctx.roles.update(args.input);
