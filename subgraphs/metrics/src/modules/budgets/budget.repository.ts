import type { EntityManager } from '@mikro-orm/postgresql';
import { BudgetSchema, type Budget } from './budget.entity.js';

/** Budgets of the organizations a caller may see (one organization for writes). */
export class BudgetRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationIds: readonly string[],
  ) {}

  findById(id: string): Promise<Budget | null> {
    return this.em.findOne(BudgetSchema, { id, organizationId: { $in: [...this.organizationIds] } });
  }

  findManyByIds(ids: readonly string[]): Promise<Budget[]> {
    return this.em.find(BudgetSchema, { id: { $in: [...ids] }, organizationId: { $in: [...this.organizationIds] } });
  }

  /** Every budget of an organization (ingest checks each one). */
  listForOrganization(organizationId: string): Promise<Budget[]> {
    if (!this.organizationIds.includes(organizationId)) return Promise.resolve([]);
    return this.em.find(BudgetSchema, { organizationId }, { orderBy: { id: 'asc' } });
  }

  /** A page of an organization's budgets, oldest first, after a (createdAt, id) position. */
  page(organizationId: string, after: { at: Date; id: string } | null, limit: number): Promise<Budget[]> {
    if (!this.organizationIds.includes(organizationId)) return Promise.resolve([]);
    const position = after ? { $or: [{ createdAt: { $gt: after.at } }, { createdAt: after.at, id: { $gt: after.id } }] } : {};
    return this.em.find(BudgetSchema, { organizationId, ...position }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit });
  }

  add(data: Budget): Budget {
    return this.em.create(BudgetSchema, data);
  }

  remove(budget: Budget): void {
    this.em.remove(budget);
  }
}
