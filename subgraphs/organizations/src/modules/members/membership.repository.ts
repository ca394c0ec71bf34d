import { randomUUID } from 'node:crypto';
import { afterPosition, type PageRequest } from '../../pagination.js';
import { TenantRepository } from '../../tenant-repository.js';
import { MembershipSchema, type Membership } from './membership.entity.js';

/** Memberships of the organizations in scope. */
export class MembershipRepository extends TenantRepository {
  findById(id: string): Promise<Membership | null> {
    return this.em.findOne(MembershipSchema, { ...this.inTenant, id });
  }

  findManyByIds(ids: readonly string[]): Promise<Membership[]> {
    return this.em.find(MembershipSchema, { ...this.inTenant, id: { $in: [...ids] } });
  }

  findByUser(userId: string): Promise<Membership | null> {
    return this.em.findOne(MembershipSchema, { ...this.inTenant, userId });
  }

  /** The memberships of these users (in the scope's organizations). */
  listForUsers(userIds: readonly string[]): Promise<Membership[]> {
    return this.em.find(MembershipSchema, { ...this.inTenant, userId: { $in: [...userIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Oldest first; one row more than the page so the caller knows whether another page follows. */
  listPage(page: PageRequest): Promise<Membership[]> {
    return this.em.find(
      MembershipSchema,
      { ...this.inTenant, ...afterPosition(page.after, 'asc') },
      { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit: page.first + 1 },
    );
  }

  count(): Promise<number> {
    return this.em.count(MembershipSchema, this.inTenant);
  }

  countWithRole(roleId: string): Promise<number> {
    return this.em.count(MembershipSchema, { ...this.inTenant, roleId });
  }

  /** Members per organization of the scope. */
  async countByOrganization(): Promise<Map<string, number>> {
    return this.countGrouped('organization_id');
  }

  /** Members per role, for the roles of the scope. */
  async countByRole(): Promise<Map<string, number>> {
    return this.countGrouped('role_id');
  }

  private async countGrouped(column: 'organization_id' | 'role_id'): Promise<Map<string, number>> {
    const ids = [...this.organizationIds];
    if (!ids.length) return new Map();
    const rows = await this.em.execute<{ key: string; count: string }[]>(
      `select ${column} as key, count(*) as count from organizations.memberships
        where organization_id in (${ids.map(() => '?').join(', ')}) group by ${column}`,
      ids,
    );
    return new Map(rows.map((row) => [row.key, Number(row.count)]));
  }

  add(data: Pick<Membership, 'organizationId' | 'userId' | 'roleId'>, now: Date): Membership {
    this.assertInScope(data.organizationId);
    return this.em.create(MembershipSchema, { ...data, id: randomUUID(), createdAt: now, updatedAt: now });
  }

  remove(membership: Membership): void {
    this.assertInScope(membership.organizationId);
    this.em.remove(membership);
  }
}
