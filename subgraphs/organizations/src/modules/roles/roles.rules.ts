import { allow, type IRules } from '@steward/kernel';
import { holdsIn, isPerson, isPrincipal } from '../access/access.rules.js';
import type { Role } from './role.entity.js';

/** Roles are readable with `organization:read` in their organization; the catalogue by any principal. */
export const rolesRules: IRules = {
  Query: { roles: isPrincipal, permissions: isPrincipal },
  Mutation: { createRole: isPerson, updateRole: isPerson, deleteRole: isPerson },
  Role: {
    '*': holdsIn('organization:read', (role: Role) => role.organizationId),
    id: allow,
    viewerCanUpdate: allow,
    viewerCanDelete: allow,
  },
  PermissionDescription: allow,
};
