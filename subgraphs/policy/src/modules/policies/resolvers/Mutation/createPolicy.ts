import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Creates a policy with its first version. */
export const createPolicy: MutationResolvers['createPolicy'] = (_parent, args, ctx) => ctx.policies.create(args.input);
