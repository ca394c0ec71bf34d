import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ALL_PERMISSIONS,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PERMISSIONS,
  organizationIdOf,
  parseId,
  parseInput,
  type AppError,
  type TenantScope,
} from '@steward/kernel';
import type { ServiceScope } from '../../organizations.context.js';
import { changeOrganization } from '../organizations/organization-change.js';
import type { Role } from './role.entity.js';
import { RoleGraph, ownPermissions } from './role-graph.js';
import { RoleRepository, type RoleUsage } from './role.repository.js';
import { CreateRoleInputModel, UpdateRoleInputModel } from './roles.models.js';

const NAME_TAKEN = 'Another role of this organization already has this name.';

/** One entry of the permission catalogue as the `permissions` query lists it. */
export interface PermissionDescription {
  key: string;
  area: string;
  description: string;
}

function snapshot(role: Role) {
  return { name: role.name, description: role.description, permissions: ownPermissions(role), parentRoleId: role.parentRoleId };
}

/** Listing roles and managing custom roles; nobody can make a role stronger than themselves. */
export class RoleService {
  constructor(private readonly scope: ServiceScope) {}

  /** Whether {@link update} would accept a change of this role from the caller (`Role.viewerCanUpdate`). */
  async viewerCanUpdate(role: Role): Promise<boolean> {
    const graph = new RoleGraph(await this.scope.loaders.roles.byOrganization.load(role.organizationId));
    return (await this.refusal('update', role, graph)) === null;
  }

  /** Whether {@link remove} would delete this role for the caller now (`Role.viewerCanDelete`). */
  async viewerCanDelete(role: Role): Promise<boolean> {
    const { loaders } = this.scope;
    const [roles, usage] = await Promise.all([loaders.roles.byOrganization.load(role.organizationId), loaders.roles.usage.load(role.id)]);
    return (await this.refusal('delete', role, new RoleGraph(roles), usage)) === null;
  }

  /**
   * Why the caller may not change or delete `role`, or null: the one check behind the mutations
   * and the `viewerCan…` flags, so the dashboard never offers what the service refuses.
   * Nobody touches a built-in role or one stronger than themselves; a role still in use stays.
   */
  private async refusal(action: 'update' | 'delete', role: Role, graph: RoleGraph, usage?: RoleUsage): Promise<AppError | null> {
    const { access } = this.scope;
    if (!(await access.can(role.organizationId, 'role:manage'))) return new ForbiddenError('You need the role:manage permission in this organization.');
    if (role.builtIn) {
      return action === 'update'
        ? new BadUserInputError('input.roleId', 'Built-in roles cannot be changed; create a custom role instead.')
        : new BadUserInputError('roleId', 'Built-in roles cannot be deleted.');
    }
    const held = new Set(await access.permissionsIn(role.organizationId));
    const missing = graph.permissionsOf(role.id).filter((permission) => !held.has(permission));
    if (missing.length) {
      return new ForbiddenError(`${action === 'update' ? 'Changing' : 'Deleting'} this role needs permissions you do not hold: ${missing.join(', ')}.`);
    }
    if (usage) {
      const users = [
        [usage.members, 'member'],
        [usage.invitations, 'pending invitation'],
        [usage.apiKeys, 'API key'],
        [usage.childRoles, 'role inheriting from it'],
      ] as const;
      const inUse = users.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}${count === 1 ? '' : 's'}`);
      if (inUse.length) return new ConflictError(`The role is still used by ${inUse.join(', ')}. Move them to another role first.`);
    }
    return null;
  }

  /** The catalogue every role is built from. */
  catalogue(): PermissionDescription[] {
    return ALL_PERMISSIONS.map((key) => ({ key, area: key.split(':')[0]!, description: PERMISSIONS[key] }));
  }

  async list(organizationId: string): Promise<Role[]> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'organization:read');
    return new RoleRepository(this.scope.em, tenant).list();
  }

  async create(rawInput: unknown): Promise<Role> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'role:manage');
    const input = parseInput(CreateRoleInputModel, rawInput, 'input');
    const role = await this.write(tenant, organizationId, async (tx, roles, graph) => {
      if (input.parentRoleId && !graph.has(input.parentRoleId)) {
        throw new BadUserInputError('input.parentRoleId', 'input.parentRoleId: is not a role of this organization.');
      }
      const effective = graph.permissionsIf({ id: 'new', builtIn: null, permissions: input.permissions, parentRoleId: input.parentRoleId ?? null });
      await this.scope.access.assertHoldsAll(organizationId, effective, 'This role');
      const created = roles.add(
        { organizationId, name: input.name, description: input.description ?? '', permissions: input.permissions, parentRoleId: input.parentRoleId ?? null },
        this.scope.clock(),
      );
      this.scope.audit.record(tx, tenant, { organizationId, action: 'role.created', targetType: 'Role', targetId: created.id, before: null, after: snapshot(created) });
      return created;
    });
    // Nobody holds a new role yet: no grants changed.
    await this.scope.changes.committed();
    return role;
  }

  async update(rawInput: unknown): Promise<Role> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'role:manage');
    const input = parseInput(UpdateRoleInputModel, rawInput, 'input');
    let grantsChanged = false;
    const role = await this.write(tenant, organizationId, async (tx, roles, graph) => {
      const current = await roles.findById(input.roleId);
      if (!current) throw new NotFoundError('Role');
      const refused = await this.refusal('update', current, graph);
      if (refused) throw refused;
      const parentRoleId = input.parentRoleId === undefined ? current.parentRoleId : input.parentRoleId;
      if (parentRoleId && parentRoleId !== current.parentRoleId) {
        if (!graph.has(parentRoleId)) throw new BadUserInputError('input.parentRoleId', 'input.parentRoleId: is not a role of this organization.');
        if (graph.wouldCreateCycle(current.id, parentRoleId)) {
          throw new BadUserInputError('input.parentRoleId', 'input.parentRoleId: the role would inherit from itself.');
        }
      }
      const permissions = input.permissions ?? ownPermissions(current);
      const effective = graph.permissionsIf({ id: current.id, builtIn: null, permissions, parentRoleId });
      await this.scope.access.assertHoldsAll(organizationId, effective, 'The changed role');
      const before = snapshot(current);
      grantsChanged = parentRoleId !== current.parentRoleId || String(permissions) !== String(ownPermissions(current));
      current.name = input.name ?? current.name;
      current.description = input.description ?? current.description;
      current.permissions = permissions;
      current.parentRoleId = parentRoleId;
      current.updatedAt = this.scope.clock();
      this.scope.audit.record(tx, tenant, { organizationId, action: 'role.updated', targetType: 'Role', targetId: current.id, before, after: snapshot(current) });
      return current;
    });
    // Holders of the role and of every role inheriting from it changed: announce to everyone.
    await this.scope.changes.committed(grantsChanged ? ['*'] : []);
    return role;
  }

  /** Deletes a custom role nobody uses any more. */
  async remove(organizationId: string, rawRoleId: string): Promise<string> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'role:manage');
    const roleId = parseId(rawRoleId, 'roleId');
    await this.write(tenant, organizationId, async (tx, roles, graph) => {
      const role = await roles.findById(roleId);
      if (!role) throw new NotFoundError('Role');
      const refused = await this.refusal('delete', role, graph, await roles.usage(roleId, this.scope.clock()));
      if (refused) throw refused;
      roles.removeRole(role);
      this.scope.audit.record(tx, tenant, { organizationId, action: 'role.deleted', targetType: 'Role', targetId: roleId, before: snapshot(role), after: null });
    });
    // Nobody holds the role any more, but announcing it keeps the contract simple for caches elsewhere: any role change is announced.
    await this.scope.changes.committed(['*']);
    return roleId;
  }

  /**
   * Runs a role change in a transaction holding the organization's lock, so checks on the role
   * graph (cycles, usage) cannot race another change of the same organization's roles or members
   * (deleting a role and giving it to someone: one of the two is refused), with `role:manage` checked again under it.
   */
  private async write<T>(
    tenant: TenantScope,
    organizationId: string,
    work: (tx: EntityManager, roles: RoleRepository, graph: RoleGraph) => Promise<T>,
  ): Promise<T> {
    try {
      return await changeOrganization(this.scope, tenant, organizationId, 'role:manage', async (tx) => {
        const roles = new RoleRepository(tx, tenant);
        return work(tx, roles, new RoleGraph(await roles.list()));
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(NAME_TAKEN, 'input.name');
      if (error instanceof ForeignKeyConstraintViolationException) throw new ConflictError('The role is in use; move its holders to another role first.');
      throw error;
    }
  }
}
