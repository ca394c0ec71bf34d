import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Removes an assignment and returns its policy. */
export const unassignPolicy: MutationResolvers['unassignPolicy'] = (_parent, args, ctx) => ctx.assignments.unassign(args.assignmentId);
