import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** One session by id (null when the caller may not read it). */
export const analysisSession: QueryResolvers['analysisSession'] = (_parent, args, ctx) => ctx.sessions.byId(args.id);
