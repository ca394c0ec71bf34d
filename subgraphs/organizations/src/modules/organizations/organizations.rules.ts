import { allow, type IRules } from '@steward/kernel';
import { holdsIn, isPerson, isPrincipal, isUser } from '../access/access.rules.js';
import type { Organization } from './organization.entity.js';

const canRead = holdsIn('organization:read', (organization: Organization) => organization.id);

/**
 * Root fields need a principal (services decide the rest). The Organization type is guarded field
 * by field so `_entities` is no side door: everything but `id` and the caller's own `viewer…`
 * answers needs `organization:read` in that organization.
 */
export const organizationsRules: IRules = {
  Query: { organization: isPrincipal, myOrganizations: isPrincipal },
  Mutation: { createOrganization: isUser, updateOrganization: isPrincipal, deleteOrganization: isPerson, restoreOrganization: isPerson },
  Organization: {
    '*': canRead,
    id: allow,
    viewerPermissions: allow,
    viewerCanUpdate: allow,
    viewerCanDelete: allow,
    viewerCanInvite: allow,
    viewerCanManageMembers: allow,
    viewerCanManageTeams: allow,
    viewerCanManageRoles: allow,
    viewerCanManageApiKeys: allow,
    viewerCanManageSso: allow,
    viewerCanReadAuditEvents: allow,
  },
  OrganizationSettings: allow,
};
