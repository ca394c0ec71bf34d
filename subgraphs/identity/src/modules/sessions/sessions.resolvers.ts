import type { ResolverMap } from '@steward/kernel';
import { revokeOtherSessions } from './resolvers/Mutation/revokeOtherSessions.js';
import { revokeSession } from './resolvers/Mutation/revokeSession.js';
import { sessions } from './resolvers/Query/sessions.js';

/** The sessions module's resolvers. */
export const sessionsResolvers: ResolverMap = { Query: { sessions }, Mutation: { revokeSession, revokeOtherSessions } };
