import { allow, isAuthenticated, type IRules } from '@steward/kernel';

/** Signed-in callers pass the gate; the service admits platform admins only. */
export const invitationsRules: IRules = {
  Query: { invitationCodes: isAuthenticated },
  Mutation: { createInvitationCode: isAuthenticated, revokeInvitationCode: isAuthenticated },
  InvitationCode: allow,
  CreatedInvitationCode: allow,
  InvitationCodeEdge: allow,
  InvitationCodeConnection: allow,
};
