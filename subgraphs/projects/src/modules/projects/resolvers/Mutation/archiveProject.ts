import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Archives a project. */
export const archiveProject: MutationResolvers['archiveProject'] = (_parent, args, ctx) => ctx.projects.archive(args.id);
