import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Makes an archived project writable again. */
export const unarchiveProject: MutationResolvers['unarchiveProject'] = (_parent, args, ctx) => ctx.projects.unarchive(args.id);
