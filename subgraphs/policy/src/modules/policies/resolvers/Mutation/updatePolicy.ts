import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Changes a policy; new rules make a new current version. */
export const updatePolicy: MutationResolvers['updatePolicy'] = (_parent, args, ctx) => ctx.policies.update(args.input);
