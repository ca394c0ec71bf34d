import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { BudgetSchema, type Budget } from './budget.entity.js';

/** Budgets of the organizations in scope (one organization for writes). */
export class BudgetRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<Budget[]> {
    return this.find(BudgetSchema, { id: { $in: [...ids] } });
  }

  /** A budget as it is in the database now, not as this request's identity map last saw it (for changes under the budget lock). */
  findFresh(id: string): Promise<Budget | null> {
    return this.findOne(BudgetSchema, { id }, { refresh: true });
  }

  /** Every budget in scope (ingest checks each one of its organization). */
  listAll(): Promise<Budget[]> {
    return this.find(BudgetSchema, {}, { orderBy: { id: 'asc' } });
  }

  /** A page of budgets, oldest first. */
  page(page: PageRequest<unknown>): Promise<Connection<Budget>> {
    return this.findPage(BudgetSchema, {}, page, { createdAt: 'asc', id: 'asc' });
  }

  add(data: Budget): Budget {
    return this.create(BudgetSchema, data);
  }

  /** Writes what changed in budgets read through this repository. */
  save(): Promise<void> {
    return this.flush();
  }

  /** Deletes a budget (its spend and alerts go with it); false when it was not there. */
  async deleteById(id: string): Promise<boolean> {
    return (await this.delete(BudgetSchema, { id })) > 0;
  }
}
