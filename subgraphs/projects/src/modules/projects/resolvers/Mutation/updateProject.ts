import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Changes a project's name, slug, description or settings. */
export const updateProject: MutationResolvers['updateProject'] = (_parent, args, ctx) => ctx.projects.update(args.input);
