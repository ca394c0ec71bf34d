import { randomUUID } from 'node:crypto';
import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { MembershipSchema, type Membership } from './membership.entity.js';

/** Memberships of the organizations in scope. */
export class MembershipRepository extends TenantRepository {
  findById(id: string): Promise<Membership | null> {
    return this.findOne(MembershipSchema, { id });
  }

  findManyByIds(ids: readonly string[]): Promise<Membership[]> {
    return this.find(MembershipSchema, { id: { $in: [...ids] } });
  }

  findByUser(userId: string): Promise<Membership | null> {
    return this.findOne(MembershipSchema, { userId });
  }

  /** The memberships of these users (in the scope's organizations). */
  listForUsers(userIds: readonly string[]): Promise<Membership[]> {
    return this.find(MembershipSchema, { userId: { $in: [...userIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Which of these users are members (of the scope's organizations). */
  async membersAmong(userIds: readonly string[]): Promise<string[]> {
    if (!userIds.length) return [];
    return (await this.find(MembershipSchema, { userId: { $in: [...userIds] } })).map((membership) => membership.userId);
  }

  /** A page of members, oldest first. */
  listPage(page: PageRequest<unknown>): Promise<Connection<Membership>> {
    return this.findPage(MembershipSchema, {}, page, { createdAt: 'asc', id: 'asc' });
  }

  countAll(): Promise<number> {
    return this.count(MembershipSchema, {});
  }

  countWithRole(roleId: string): Promise<number> {
    return this.count(MembershipSchema, { roleId });
  }

  /** Members per organization of the scope. */
  countByOrganization(): Promise<Map<string, number>> {
    return this.countGrouped('organization_id');
  }

  /** Members per role, for the roles of the scope. */
  countByRole(): Promise<Map<string, number>> {
    return this.countGrouped('role_id');
  }

  private async countGrouped(column: 'organization_id' | 'role_id'): Promise<Map<string, number>> {
    if (this.scope.isEmpty) return new Map();
    const rows = await this.sql<{ key: string; count: string }>(
      `select ${column} as key, count(*) as count from organizations.memberships where {{tenant}} group by ${column}`,
    );
    return new Map(rows.map((row) => [row.key, Number(row.count)]));
  }

  add(data: Pick<Membership, 'organizationId' | 'userId' | 'roleId'>, now: Date): Membership {
    return this.create(MembershipSchema, { ...data, id: randomUUID(), createdAt: now, updatedAt: now });
  }

  /** Schedules the membership's removal with the transaction's flush. */
  removeMembership(membership: Membership): void {
    this.remove(membership);
  }
}
