import type { MembershipResolvers } from '../../../__generated__/resolvers-types.js';

/** Membership fields; the user is a stub identity fills in. */
export const Membership: MembershipResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.memberships.byId.load(reference.id),
  organization: (membership, _args, ctx) => ctx.loaders.organizations.byId.load(membership.organizationId),
  user: (membership) => ({ id: membership.userId }),
  role: (membership, _args, ctx) => ctx.loaders.roles.byId.load(membership.roleId),
  teams: (membership, _args, ctx) => ctx.loaders.teams.byMembership.load(membership.id),
  joinedAt: (membership) => membership.createdAt,
  viewerCanChangeRole: (membership, _args, ctx) => ctx.members.viewerCanManage(membership),
  viewerCanRemove: (membership, _args, ctx) => ctx.members.viewerCanManage(membership),
};
