import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Retires a policy. */
export const retirePolicy: MutationResolvers['retirePolicy'] = (_parent, args, ctx) => ctx.policies.retire(args.policyId);
