import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, badInputFromZod } from '@steward/kernel';
import { organizationIdOf, parseId } from '../../arguments.js';
import type { OrganizationsLoaders, ServiceScope } from '../../organizations.context.js';
import { parsePageArgs, toConnection, type Connection } from '../../pagination.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
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
  constructor(private readonly scope: ServiceScope, private readonly loaders: OrganizationsLoaders) {}

  async list(organizationId: string, args: { first?: number | null; after?: string | null }): Promise<MembershipPage> {
    await this.scope.access.assert(organizationId, 'organization:read');
    const page = parsePageArgs(args);
    const members = new MembershipRepository(this.scope.em, [organizationId]);
    const [rows, total] = await Promise.all([members.listPage(page), members.count()]);
    return toConnection(rows, page, total);
  }

  /** A user's memberships: all of the caller's own; others' only where the caller may read the organization. */
  async membershipsOf(userId: string): Promise<Membership[]> {
    const memberships = await this.loaders.memberships.byUser.load(userId);
    const { caller, access } = this.scope;
    if (caller.kind === 'user' && caller.userId === userId) return memberships;
    const readable = new Set(await access.organizationIds('organization:read'));
    return memberships.filter((membership) => readable.has(membership.organizationId));
  }

  /** Whether the caller may change or remove this member: `member:manage` and at least the member's permissions. */
  async viewerCanManage(membership: Membership): Promise<boolean> {
    if (!(await this.scope.access.can(membership.organizationId, 'member:manage'))) return false;
    const graph = new RoleGraph(await this.loaders.roles.byOrganization.load(membership.organizationId));
    return this.scope.access.holdsAll(membership.organizationId, graph.permissionsOf(membership.roleId));
  }

  async changeRole(rawInput: unknown): Promise<Membership> {
    const organizationId = organizationIdOf(rawInput);
    await this.scope.access.assert(organizationId, 'member:manage');
    const parsed = ChangeMemberRoleInputModel.safeParse(rawInput);
    if (!parsed.success) throw badInputFromZod(parsed.error, 'input');
    const { membershipId, roleId } = parsed.data;
    const membership = await this.write(organizationId, async (tx, members, roles) => {
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
      this.scope.audit.record(tx, {
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
    await this.scope.access.assert(organizationId, 'member:manage');
    const membershipId = parseId(rawMembershipId, 'membershipId');
    const removed = await this.write(organizationId, async (tx, members, roles) => {
      const current = await members.findById(membershipId);
      if (!current) throw new NotFoundError('Membership');
      const graph = new RoleGraph(await roles.list());
      await this.scope.access.assertHoldsAll(organizationId, graph.permissionsOf(current.roleId), 'Removing this member');
      await this.assertOwnerRemains(members, roles, current);
      return this.delete(tx, members, current, 'member.removed');
    });
    await this.scope.changes.committed([`user:${removed.userId}`]);
    this.scope.logger.info('Member removed (organizationId=%s, userId=%s)', organizationId, removed.userId);
    return removed.id;
  }

  /** The caller leaves; needs no permission, only a membership. */
  async leave(organizationId: string): Promise<string> {
    const { caller } = this.scope;
    if (caller.kind !== 'user') throw new ForbiddenError('Only a signed-in user can leave an organization.');
    if (!(await this.scope.access.organizationIds()).includes(organizationId)) throw new NotFoundError('Organization');
    const left = await this.write(organizationId, async (tx, members, roles) => {
      const own = await members.findByUser(caller.userId);
      if (!own) throw new NotFoundError('Organization');
      await this.assertOwnerRemains(members, roles, own);
      return this.delete(tx, members, own, 'member.left');
    });
    await this.scope.changes.committed([`user:${caller.userId}`]);
    return left.id;
  }

  private delete(tx: EntityManager, members: MembershipRepository, membership: Membership, action: string): Membership {
    members.remove(membership);
    this.scope.audit.record(tx, {
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

  /** Runs a membership change in a transaction holding the organization's lock (owner counts cannot race). */
  private write<T>(organizationId: string, work: (tx: EntityManager, members: MembershipRepository, roles: RoleRepository) => Promise<T>): Promise<T> {
    return this.scope.em.transactional(async (tx) => {
      if (!(await new OrganizationRepository(tx, [organizationId]).lock(organizationId))) throw new NotFoundError('Organization');
      return work(tx, new MembershipRepository(tx, [organizationId]), new RoleRepository(tx, [organizationId]));
    });
  }
}
