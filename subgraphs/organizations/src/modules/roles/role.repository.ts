import { randomUUID } from 'node:crypto';
import { BUILT_IN_ROLES, TenantRepository, placeholders, type BuiltInRoleName } from '@steward/kernel';
import { RoleSchema, type Role } from './role.entity.js';
import { BUILT_IN_ORDER } from './role-graph.js';

const BUILT_IN_NAMES: Record<BuiltInRoleName, string> = { owner: 'Owner', admin: 'Admin', member: 'Member', viewer: 'Viewer' };

/** Roles of the organizations in scope. */
export class RoleRepository extends TenantRepository {
  findById(id: string): Promise<Role | null> {
    return this.findOne(RoleSchema, { id });
  }

  findManyByIds(ids: readonly string[]): Promise<Role[]> {
    return this.find(RoleSchema, { id: { $in: [...ids] } });
  }

  findBuiltIn(name: BuiltInRoleName): Promise<Role | null> {
    return this.findOne(RoleSchema, { builtIn: name });
  }

  /** Built-in roles first (owner to viewer), then custom roles by name. */
  async list(): Promise<Role[]> {
    return sortRoles(await this.find(RoleSchema, {}));
  }

  /** The four built-in roles of a new organization. */
  addBuiltIns(organizationId: string, now: Date): Record<BuiltInRoleName, Role> {
    const entries = BUILT_IN_ORDER.map((builtIn) => [
      builtIn,
      this.create(RoleSchema, {
        id: randomUUID(),
        organizationId,
        builtIn,
        name: BUILT_IN_NAMES[builtIn],
        description: BUILT_IN_ROLES[builtIn].description,
        // The catalogue decides built-in permissions at read time; nothing is stored.
        permissions: [],
        parentRoleId: null,
        createdAt: now,
        updatedAt: now,
      }),
    ]);
    return Object.fromEntries(entries) as Record<BuiltInRoleName, Role>;
  }

  add(data: Pick<Role, 'organizationId' | 'name' | 'description' | 'permissions' | 'parentRoleId'>, now: Date): Role {
    return this.create(RoleSchema, { ...data, id: randomUUID(), builtIn: null, createdAt: now, updatedAt: now });
  }

  removeRole(role: Role): void {
    this.remove(role);
  }

  /** What still uses a role: members, pending invitations, working API keys and child roles. */
  async usage(roleId: string, now: Date): Promise<RoleUsage> {
    return (await this.usageOf([roleId], now)).get(roleId) ?? NO_USAGE;
  }

  /** {@link usage} of several roles of the organizations in scope in one statement. */
  async usageOf(roleIds: readonly string[], now: Date): Promise<Map<string, RoleUsage>> {
    if (!roleIds.length || this.scope.isEmpty) return new Map();
    const rows = await this.sql<{ id: string; members: string; invitations: string; api_keys: string; child_roles: string }>(
      `select r.id,
         (select count(*) from organizations.memberships m where m.role_id = r.id) as members,
         (select count(*) from organizations.invitations i
           where i.role_id = r.id and i.accepted_at is null and i.revoked_at is null and i.expires_at > ?) as invitations,
         (select count(*) from organizations.api_keys k
           where k.role_id = r.id and k.revoked_at is null and (k.expires_at is null or k.expires_at > ?)) as api_keys,
         (select count(*) from organizations.roles c where c.parent_role_id = r.id) as child_roles
       from organizations.roles r
       where r.id in (${placeholders(roleIds)}) and {{tenant:r}}`,
      [now, now, ...roleIds],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        { members: Number(row.members), invitations: Number(row.invitations), apiKeys: Number(row.api_keys), childRoles: Number(row.child_roles) },
      ]),
    );
  }
}

/** What still uses a role; it can be deleted only when every count is 0. */
export interface RoleUsage {
  members: number;
  invitations: number;
  apiKeys: number;
  childRoles: number;
}

/** A role nothing uses. */
export const NO_USAGE: RoleUsage = { members: 0, invitations: 0, apiKeys: 0, childRoles: 0 };

/** Built-in roles first, strongest first, then custom roles by name. */
export function sortRoles(roles: Role[]): Role[] {
  const rank = (role: Role) => (role.builtIn ? BUILT_IN_ORDER.indexOf(role.builtIn) : BUILT_IN_ORDER.length);
  return [...roles].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
