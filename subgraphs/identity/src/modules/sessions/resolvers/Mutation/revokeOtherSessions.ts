import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Signs out every other session of the caller. */
export const revokeOtherSessions: MutationResolvers['revokeOtherSessions'] = (_parent, _args, ctx) => ctx.sessions.revokeOthers();
