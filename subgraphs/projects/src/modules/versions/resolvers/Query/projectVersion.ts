import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A version by id; null when unknown or not visible to the caller. */
export const projectVersion: QueryResolvers['projectVersion'] = (_parent, args, ctx) => ctx.versions.byId(args.id);
