import { allow, or, rule, type IRules } from '@steward/kernel';
import type { OrganizationsContext } from '../../organizations.context.js';
import { holdsIn, isPerson, isPrincipal, isUser } from '../access/access.rules.js';
import type { Membership } from './membership.entity.js';

/** A user may always read their own memberships, whatever their role allows. */
const isOwnMembership = rule({ cache: 'no_cache' })(
  (membership: Membership, _args, ctx: OrganizationsContext) => ctx.caller.kind === 'user' && ctx.caller.userId === membership.userId,
);

/** Memberships are readable with `organization:read` in their organization, or by their user. */
export const membersRules: IRules = {
  Query: { members: isPrincipal },
  Mutation: { changeMemberRole: isPerson, removeMember: isPerson, leaveOrganization: isUser },
  Membership: {
    '*': or(holdsIn('organization:read', (membership: Membership) => membership.organizationId), isOwnMembership),
    id: allow,
    viewerCanChangeRole: allow,
    viewerCanRemove: allow,
  },
  MembershipConnection: allow,
  MembershipEdge: allow,
  User: { id: allow, memberships: isPrincipal },
};
