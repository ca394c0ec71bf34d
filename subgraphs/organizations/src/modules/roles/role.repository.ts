import { randomUUID } from 'node:crypto';
import { BUILT_IN_ROLES, type BuiltInRoleName } from '@steward/kernel';
import { TenantRepository } from '../../tenant-repository.js';
import { RoleSchema, type Role } from './role.entity.js';
import { BUILT_IN_ORDER } from './role-graph.js';

const BUILT_IN_NAMES: Record<BuiltInRoleName, string> = { owner: 'Owner', admin: 'Admin', member: 'Member', viewer: 'Viewer' };

/** Roles of the organizations in scope. */
export class RoleRepository extends TenantRepository {
  findById(id: string): Promise<Role | null> {
    return this.em.findOne(RoleSchema, { ...this.inTenant, id });
  }

  findManyByIds(ids: readonly string[]): Promise<Role[]> {
    return this.em.find(RoleSchema, { ...this.inTenant, id: { $in: [...ids] } });
  }

  findBuiltIn(name: BuiltInRoleName): Promise<Role | null> {
    return this.em.findOne(RoleSchema, { ...this.inTenant, builtIn: name });
  }

  /** Built-in roles first (owner to viewer), then custom roles by name. */
  async list(): Promise<Role[]> {
    return sortRoles(await this.em.find(RoleSchema, this.inTenant));
  }

  /** The four built-in roles of a new organization. */
  addBuiltIns(organizationId: string, now: Date): Record<BuiltInRoleName, Role> {
    this.assertInScope(organizationId);
    const entries = BUILT_IN_ORDER.map((builtIn) => [
      builtIn,
      this.em.create(RoleSchema, {
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
    this.assertInScope(data.organizationId);
    return this.em.create(RoleSchema, { ...data, id: randomUUID(), builtIn: null, createdAt: now, updatedAt: now });
  }

  remove(role: Role): void {
    this.assertInScope(role.organizationId);
    this.em.remove(role);
  }

  /** What still uses a role: members, pending invitations, working API keys and child roles. */
  async usage(roleId: string, now: Date): Promise<{ members: number; invitations: number; apiKeys: number; childRoles: number }> {
    const [row] = await this.em.execute<{ members: string; invitations: string; api_keys: string; child_roles: string }[]>(
      `select
         (select count(*) from organizations.memberships where role_id = ?) as members,
         (select count(*) from organizations.invitations
           where role_id = ? and accepted_at is null and revoked_at is null and expires_at > ?) as invitations,
         (select count(*) from organizations.api_keys
           where role_id = ? and revoked_at is null and (expires_at is null or expires_at > ?)) as api_keys,
         (select count(*) from organizations.roles where parent_role_id = ?) as child_roles`,
      [roleId, roleId, now, roleId, now, roleId],
    );
    return { members: Number(row!.members), invitations: Number(row!.invitations), apiKeys: Number(row!.api_keys), childRoles: Number(row!.child_roles) };
  }
}

/** Built-in roles first, strongest first, then custom roles by name. */
export function sortRoles(roles: Role[]): Role[] {
  const rank = (role: Role) => (role.builtIn ? BUILT_IN_ORDER.indexOf(role.builtIn) : BUILT_IN_ORDER.length);
  return [...roles].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
