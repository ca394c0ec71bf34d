import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** The signed-in user's live sessions. */
export const sessions: QueryResolvers['sessions'] = (_parent, _args, ctx) => ctx.sessions.listMine();
