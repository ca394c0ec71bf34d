import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Applies a policy to a subject. */
export const assignPolicy: MutationResolvers['assignPolicy'] = (_parent, args, ctx) => ctx.assignments.assign(args.input);
