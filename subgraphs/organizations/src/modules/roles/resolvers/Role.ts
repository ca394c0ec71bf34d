import type { RoleResolvers } from '../../../__generated__/resolvers-types.js';
import { RoleGraph, ownPermissions } from '../role-graph.js';

/** Role fields: inheritance is computed from the organization's roles, loaded once per request. */
export const Role: RoleResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.roles.byId.load(reference.id),
  organization: (role, _args, ctx) => ctx.loaders.organizations.byId.load(role.organizationId),
  permissions: (role) => ownPermissions(role),
  effectivePermissions: async (role, _args, ctx) => new RoleGraph(await ctx.loaders.roles.byOrganization.load(role.organizationId)).permissionsOf(role.id),
  parentRole: (role, _args, ctx) => (role.parentRoleId ? ctx.loaders.roles.byId.load(role.parentRoleId) : null),
  memberCount: (role, _args, ctx) => ctx.loaders.roles.memberCount.load(role.id),
  viewerCanUpdate: (role, _args, ctx) => ctx.roles.viewerCanUpdate(role),
  viewerCanDelete: (role, _args, ctx) => ctx.roles.viewerCanDelete(role),
};
