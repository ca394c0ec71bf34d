import type { InvitationResolvers } from '../../../__generated__/resolvers-types.js';
import { invitationStatus } from '../invitation.entity.js';

/** Invitation fields; the inviter is a stub identity fills in. */
export const Invitation: InvitationResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.invitations.byId.load(reference.id),
  organization: (invitation, _args, ctx) => ctx.loaders.organizations.byId.load(invitation.organizationId),
  role: (invitation, _args, ctx) => (invitation.roleId ? ctx.loaders.roles.byId.load(invitation.roleId) : null),
  status: (invitation, _args, ctx) => invitationStatus(invitation, ctx.clock()),
  invitedBy: (invitation) => (invitation.invitedBy ? { id: invitation.invitedBy } : null),
  viewerCanRevoke: async (invitation, _args, ctx) =>
    invitationStatus(invitation, ctx.clock()) === 'PENDING' && (await ctx.access.can(invitation.organizationId, 'member:invite')),
};
