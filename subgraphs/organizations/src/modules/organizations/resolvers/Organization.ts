import type { Permission } from '@steward/kernel';
import type { OrganizationResolvers } from '../../../__generated__/resolvers-types.js';
import type { OrganizationsContext } from '../../../organizations.context.js';
import { DEFAULT_SETTINGS } from '../organization.entity.js';

const viewerCan =
  (permission: Permission) =>
  (organization: { id: string }, _args: unknown, ctx: OrganizationsContext): Promise<boolean> =>
    ctx.access.can(organization.id, permission);

/** Organization fields owned by this module; other modules add members, teams, roles… */
export const Organization: OrganizationResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.organizations.byId.load(reference.id),
  settings: (organization) => ({ ...DEFAULT_SETTINGS, ...organization.settings }),
  memberCount: (organization, _args, ctx) => ctx.loaders.organizations.memberCount.load(organization.id),
  viewerPermissions: (organization, _args, ctx) => ctx.access.permissionsIn(organization.id),
  viewerCanUpdate: viewerCan('organization:update'),
  viewerCanDelete: (organization, _args, ctx) => ctx.organizations.viewerCanDelete(organization.id),
  viewerCanInvite: viewerCan('member:invite'),
  viewerCanManageMembers: viewerCan('member:manage'),
  viewerCanManageTeams: viewerCan('team:manage'),
  viewerCanManageRoles: viewerCan('role:manage'),
  viewerCanManageApiKeys: viewerCan('apikey:manage'),
  viewerCanManageSso: viewerCan('sso:manage'),
  viewerCanReadAuditEvents: viewerCan('audit:read'),
};
