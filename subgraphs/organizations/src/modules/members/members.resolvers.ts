import type { ResolverMap } from '@steward/kernel';
import { changeMemberRole } from './resolvers/Mutation/changeMemberRole.js';
import { leaveOrganization } from './resolvers/Mutation/leaveOrganization.js';
import { removeMember } from './resolvers/Mutation/removeMember.js';
import { members } from './resolvers/Query/members.js';
import { Membership } from './resolvers/Membership.js';
import { Organization } from './resolvers/Organization.js';
import { User } from './resolvers/User.js';

/** The members module's resolvers. */
export const membersResolvers: ResolverMap = {
  Query: { members },
  Mutation: { changeMemberRole, removeMember, leaveOrganization },
  Membership,
  Organization,
  User,
};
