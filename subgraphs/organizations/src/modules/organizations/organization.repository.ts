import { LockMode } from '@mikro-orm/core';
import { TenantRepository } from '@steward/kernel';
import { OrganizationSchema, type Organization } from './organization.entity.js';

/**
 * Organizations of the scope; an organization is its own tenant, so the scope applies to its `id`.
 * Reads see live (not deleted) organizations only, unless they say otherwise; slug lookups
 * therefore only find organizations the caller belongs to.
 */
export class OrganizationRepository extends TenantRepository {
  async findById(id: string): Promise<Organization | null> {
    return (await this.findOrganizations(OrganizationSchema, { id, deletedAt: null }))[0] ?? null;
  }

  async findBySlug(slug: string): Promise<Organization | null> {
    return (await this.findOrganizations(OrganizationSchema, { slug, deletedAt: null }))[0] ?? null;
  }

  findManyByIds(ids: readonly string[]): Promise<Organization[]> {
    return this.findOrganizations(OrganizationSchema, { id: { $in: [...ids] }, deletedAt: null });
  }

  /** Every organization of the scope, by name. */
  list(): Promise<Organization[]> {
    return this.findOrganizations(OrganizationSchema, { deletedAt: null }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /**
   * A live organization, its row locked until the transaction ends and read afresh, or null when
   * it is gone. Joins, role changes of owners and seat-limit changes take this lock, so "count,
   * then insert" decisions are made one at a time per organization.
   */
  lock(id: string): Promise<Organization | null> {
    return this.lockOne(id, { deletedAt: null });
  }

  /** A deleted organization of the scope, its row locked until the transaction ends; null when it is live or unknown. */
  lockDeleted(id: string): Promise<Organization | null> {
    return this.lockOne(id, { deletedAt: { $ne: null } });
  }

  private async lockOne(id: string, state: { deletedAt: null | { $ne: null } }): Promise<Organization | null> {
    const [row] = await this.findOrganizations(OrganizationSchema, { id, ...state }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    return row ?? null;
  }

  add(data: Pick<Organization, 'id' | 'name' | 'slug' | 'maxMembers' | 'settings'>, now: Date): Organization {
    return this.createOrganization(OrganizationSchema, { ...data, createdAt: now, updatedAt: now, deletedAt: null, deletedBy: null });
  }
}
