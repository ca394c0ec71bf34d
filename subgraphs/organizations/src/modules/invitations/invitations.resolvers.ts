import type { ResolverMap } from '@steward/kernel';
import { acceptInvitation } from './resolvers/Mutation/acceptInvitation.js';
import { inviteMember } from './resolvers/Mutation/inviteMember.js';
import { revokeInvitation } from './resolvers/Mutation/revokeInvitation.js';
import { invitations } from './resolvers/Query/invitations.js';
import { Invitation } from './resolvers/Invitation.js';
import { Organization } from './resolvers/Organization.js';

/** The invitations module's resolvers. */
export const invitationsResolvers: ResolverMap = {
  Query: { invitations },
  Mutation: { inviteMember, acceptInvitation, revokeInvitation },
  Invitation,
  Organization,
};
