import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A project by id; null when unknown or not visible to the caller. */
export const project: QueryResolvers['project'] = (_parent, args, ctx) => ctx.projects.byId(args.id);
