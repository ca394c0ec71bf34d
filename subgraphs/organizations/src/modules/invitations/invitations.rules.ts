import { allow, type IRules } from '@steward/kernel';
import { holdsIn, isPerson, isPrincipal, isUser } from '../access/access.rules.js';
import type { Invitation } from './invitation.entity.js';

/** Invitations (with the invitee's email) are readable with `member:invite`; accepting one needs a signed-in user. */
export const invitationsRules: IRules = {
  Query: { invitations: isPrincipal },
  Mutation: { inviteMember: isPerson, acceptInvitation: isUser, revokeInvitation: isPerson },
  Invitation: {
    '*': holdsIn('member:invite', (invitation: Invitation) => invitation.organizationId),
    id: allow,
    viewerCanRevoke: allow,
  },
  Organization: { invitations: holdsIn('member:invite', (organization: { id: string }) => organization.id) },
  InvitationConnection: allow,
  InvitationEdge: allow,
};
