import { allow, type IRules } from '@steward/kernel';
import { holdsIn, isPrincipal, isUser } from '../access/access.rules.js';
import type { Invitation } from './invitation.entity.js';

/** Invitations (with the invitee's email) are readable with `member:invite`; accepting one needs a signed-in user. */
export const invitationsRules: IRules = {
  Query: { invitations: isPrincipal },
  Mutation: { inviteMember: isPrincipal, acceptInvitation: isUser, revokeInvitation: isPrincipal },
  Invitation: {
    '*': holdsIn('member:invite', (invitation: Invitation) => invitation.organizationId),
    id: allow,
    viewerCanRevoke: allow,
  },
  Organization: { invitations: holdsIn('member:invite', (organization: { id: string }) => organization.id) },
  InvitationConnection: allow,
  InvitationEdge: allow,
};
