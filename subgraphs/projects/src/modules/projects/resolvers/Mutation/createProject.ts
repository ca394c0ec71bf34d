import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Creates a project. */
export const createProject: MutationResolvers['createProject'] = (_parent, args, ctx) => ctx.projects.create(args.input);
