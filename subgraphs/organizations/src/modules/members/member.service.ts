import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TenantScope,
  type Permission,
  keys,
  organizationIdOf,
  parseId,
  parseInput,
  parsePage,
  type Connection,
  type PageArgs,
} from '@steward/kernel';
import type { ServiceScope } from '../../organizations.context.js';
import { changeOrganization } from '../organizations/organization-change.js';
import { RoleGraph } from '../roles/role-graph.js';
import { RoleRepository } from '../roles/role.repository.js';
import type { Membership } from './membership.entity.js';
import { MembershipRepository } from './membership.repository.js';
import { ChangeMemberRoleInputModel } from './members.models.js';

export type MembershipPage = Connection<Membership>;

/** A user as organizations knows one: an id, whose other fields identity resolves. */
export interface UserReference {
  id: string;
}

const LAST_OWNER = 'The organization would be left without an owner. Make someone else owner first.';

/** Listing members, changing their roles and removing them; the last owner always stays. */
export class MemberService {
  constructor(private readonly scope: ServiceScope) {}

  async list(organizationId: string, args: PageArgs): Promise<MembershipPage> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'organization:read');
    const page = parsePage(args, keys.timeId);
    const members = new MembershipRepository(this.scope.em, tenant);
    const [connection, totalCount] = await Promise.all([members.listPage(page), members.countAll()]);
    return { ...connection, totalCount };
  }

  /** A user's memberships: all of the caller's own; others' only where the caller may read the organization. */
  async membershipsOf(userId: string): Promise<Membership[]> {
    const { caller, access, loaders } = this.scope;
    const memberships = await loaders.memberships.byUser.load(userId);
    if (caller.kind === 'user' && caller.userId === userId) return memberships;
    const readable = await access.scope('organization:read');
    return memberships.filter((membership) => readable.includes(membership.organizationId));
  }

  /** Whether the caller may change or remove this member: `member:manage` and at least the member's permissions. */
  async viewerCanManage(membership: Membership): Promise<boolean> {
    if (!(await this.scope.access.can(membership.organizationId, 'member:manage'))) return false;
    const graph = new RoleGraph(await this.scope.loaders.roles.byOrganization.load(membership.organizationId));
    return this.scope.access.holdsAll(membership.organizationId, graph.permissionsOf(membership.roleId));
  }

  async changeRole(rawInput: unknown): Promise<Membership> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'member:manage');
    const { membershipId, roleId } = parseInput(ChangeMemberRoleInputModel, rawInput, 'input');
    const membership = await this.write(tenant, organizationId, 'member:manage', async (tx, members, roles) => {
      const current = await members.findById(membershipId);
      if (!current) throw new NotFoundError('Membership');
      const role = await roles.findById(roleId);
      if (!role) throw new BadUserInputError('input.roleId', 'input.roleId: is not a role of this organization.');
      const graph = new RoleGraph(await roles.list());
      await this.scope.access.assertHoldsAll(organizationId, graph.permissionsOf(current.roleId), 'Changing the role of this member');
      await this.scope.access.assertHoldsAll(organizationId, graph.permissionsOf(role.id), 'Giving this role');
      if (current.roleId === role.id) return current;
      await this.assertOwnerRemains(members, roles, current);
      const before = { userId: current.userId, roleId: current.roleId };
      current.roleId = role.id;
      current.updatedAt = this.scope.clock();
      this.scope.audit.record(tx, tenant, {
        organizationId,
        action: 'member.role_changed',
        targetType: 'Membership',
        targetId: current.id,
        before,
        after: { userId: current.userId, roleId: current.roleId },
      });
      return current;
    });
    await this.scope.changes.committed([`user:${membership.userId}`]);
    return membership;
  }

  async remove(organizationId: string, rawMembershipId: string): Promise<string> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'member:manage');
    const membershipId = parseId(rawMembershipId, 'membershipId');
    const removed = await this.write(tenant, organizationId, 'member:manage', async (tx, members, roles) => {
      const current = await members.findById(membershipId);
      if (!current) throw new NotFoundError('Membership');
      const graph = new RoleGraph(await roles.list());
      await this.scope.access.assertHoldsAll(organizationId, graph.permissionsOf(current.roleId), 'Removing this member');
      await this.assertOwnerRemains(members, roles, current);
      return this.delete(tx, tenant, members, current, 'member.removed');
    });
    await this.scope.changes.committed([`user:${removed.userId}`]);
    this.scope.logger.info('Member removed (organizationId=%s, userId=%s)', organizationId, removed.userId);
    return removed.id;
  }

  /** The caller leaves; needs no permission, only a membership. */
  async leave(organizationId: string): Promise<string> {
    const { caller } = this.scope;
    if (caller.kind !== 'user') throw new ForbiddenError('Only a signed-in user can leave an organization.');
    // Any grant at all is enough: leaving needs a membership, not a permission.
    if (!(await this.scope.access.scope()).includes(organizationId)) throw new NotFoundError('Organization');
    const tenant = TenantScope.of(organizationId);
    const left = await this.write(tenant, organizationId, null, async (tx, members, roles) => {
      const own = await members.findByUser(caller.userId);
      if (!own) throw new NotFoundError('Organization');
      await this.assertOwnerRemains(members, roles, own);
      return this.delete(tx, tenant, members, own, 'member.left');
    });
    await this.scope.changes.committed([`user:${caller.userId}`]);
    return left.id;
  }

  private delete(tx: EntityManager, tenant: TenantScope, members: MembershipRepository, membership: Membership, action: string): Membership {
    members.removeMembership(membership);
    this.scope.audit.record(tx, tenant, {
      organizationId: membership.organizationId,
      action,
      targetType: 'Membership',
      targetId: membership.id,
      before: { userId: membership.userId, roleId: membership.roleId },
      after: null,
    });
    return membership;
  }

  /** Refuses when `membership` is the organization's only owner (called before demoting or removing it). */
  private async assertOwnerRemains(members: MembershipRepository, roles: RoleRepository, membership: Membership): Promise<void> {
    const owner = await roles.findBuiltIn('owner');
    if (!owner || membership.roleId !== owner.id) return;
    if ((await members.countWithRole(owner.id)) <= 1) throw new ConflictError(LAST_OWNER);
  }

  /**
   * Runs a membership change holding the organization's lock, with the caller's `permission`
   * checked again under it: owner counts cannot race, and an actor demoted or removed by a change
   * that committed first acts no more (two admins demoting each other: the second is refused).
   */
  private write<T>(
    tenant: TenantScope,
    organizationId: string,
    permission: Permission | null,
    work: (tx: EntityManager, members: MembershipRepository, roles: RoleRepository) => Promise<T>,
  ): Promise<T> {
    return changeOrganization(this.scope, tenant, organizationId, permission, (tx) => work(tx, new MembershipRepository(tx, tenant), new RoleRepository(tx, tenant)));
  }
}
