import type { ResolverMap } from '@steward/kernel';
import { createRole } from './resolvers/Mutation/createRole.js';
import { deleteRole } from './resolvers/Mutation/deleteRole.js';
import { updateRole } from './resolvers/Mutation/updateRole.js';
import { permissions } from './resolvers/Query/permissions.js';
import { roles } from './resolvers/Query/roles.js';
import { Organization } from './resolvers/Organization.js';
import { Role } from './resolvers/Role.js';

/** The roles module's resolvers; it also lists an organization's roles. */
export const rolesResolvers: ResolverMap = {
  Query: { roles, permissions },
  Mutation: { createRole, updateRole, deleteRole },
  Role,
  Organization,
};
