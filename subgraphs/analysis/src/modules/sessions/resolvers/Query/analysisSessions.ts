import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A project’s sessions, newest first. */
export const analysisSessions: QueryResolvers['analysisSessions'] = (_parent, args, ctx) => ctx.sessions.list(args.projectId, args);
