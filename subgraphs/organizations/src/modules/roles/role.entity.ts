import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { BuiltInRoleName } from '@steward/kernel';

/**
 * A role of one organization. Built-in roles (one row of each per organization) take their
 * permissions from the kernel's catalogue, so a new permission reaches them without a migration;
 * custom roles list theirs and may inherit a parent's.
 */
export const RoleSchema = defineEntity({
  name: 'Role',
  tableName: 'roles',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    builtIn: p.enum<BuiltInRoleName[]>(['owner', 'admin', 'member', 'viewer']).nullable(),
    name: p.string().length(60),
    description: p.string().length(500),
    permissions: p.json<string[]>(),
    parentRoleId: p.uuid().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  }),
});
export type Role = InferEntity<typeof RoleSchema>;
