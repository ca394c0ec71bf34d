import type { EntityManager } from '@mikro-orm/postgresql';
import { OrganizationSchema, type Organization } from './organization.entity.js';

/**
 * Live (not deleted) organizations among those given at construction; an organization is its
 * own tenant. Slug lookups therefore only find organizations the caller belongs to.
 */
export class OrganizationRepository {
  constructor(private readonly em: EntityManager, private readonly organizationIds: readonly string[]) {}

  private get live() {
    return { id: { $in: [...this.organizationIds] }, deletedAt: null };
  }

  findById(id: string): Promise<Organization | null> {
    return this.em.findOne(OrganizationSchema, { $and: [this.live, { id }] });
  }

  findBySlug(slug: string): Promise<Organization | null> {
    return this.em.findOne(OrganizationSchema, { ...this.live, slug });
  }

  findManyByIds(ids: readonly string[]): Promise<Organization[]> {
    return this.em.find(OrganizationSchema, { $and: [this.live, { id: { $in: [...ids] } }] });
  }

  /** Every organization of the scope, by name. */
  list(): Promise<Organization[]> {
    return this.em.find(OrganizationSchema, this.live, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /**
   * Locks a live organization's row until the transaction ends and returns its seat limit, or
   * null when it is gone. Joins, role changes of owners and seat-limit changes take this lock, so
   * "count, then insert" decisions are made one at a time per organization.
   */
  async lock(id: string): Promise<{ maxMembers: number | null } | null> {
    if (!this.organizationIds.includes(id)) return null;
    const rows = await this.em.execute<{ max_members: number | null }[]>(
      'select max_members from organizations.organizations where id = ? and deleted_at is null for update',
      [id],
    );
    return rows[0] ? { maxMembers: rows[0].max_members } : null;
  }

  /** A deleted organization of the scope, its row locked until the transaction ends; null when it is live or unknown. */
  async lockDeleted(id: string): Promise<Organization | null> {
    if (!this.organizationIds.includes(id)) return null;
    const rows = await this.em.execute<{ id: string }[]>('select id from organizations.organizations where id = ? and deleted_at is not null for update', [id]);
    return rows[0] ? this.em.findOne(OrganizationSchema, { id, deletedAt: { $ne: null } }) : null;
  }

  /** Whether a live organization other than `exceptId` uses `slug`. */
  async slugTaken(slug: string, exceptId: string): Promise<boolean> {
    const rows = await this.em.execute<{ id: string }[]>('select id from organizations.organizations where slug = ? and deleted_at is null and id <> ?', [slug, exceptId]);
    return rows.length > 0;
  }

  add(data: Pick<Organization, 'id' | 'name' | 'slug' | 'maxMembers' | 'settings'>, now: Date): Organization {
    if (!this.organizationIds.includes(data.id)) throw new Error('OrganizationRepository is scoped to other organizations.');
    return this.em.create(OrganizationSchema, { ...data, createdAt: now, updatedAt: now, deletedAt: null, deletedBy: null });
  }
}
