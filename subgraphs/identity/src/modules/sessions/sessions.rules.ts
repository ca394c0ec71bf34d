import { allow, isAuthenticated, type IRules } from '@steward/kernel';

/** A user's own sessions; the service checks that the caller's session is still live. */
export const sessionsRules: IRules = {
  Query: { sessions: isAuthenticated },
  Mutation: { revokeSession: isAuthenticated, revokeOtherSessions: isAuthenticated },
  // Reachable only through `sessions`, which lists the caller's own.
  Session: allow,
};
