import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, badInputFromZod, type Logger } from '@steward/kernel';
import { isUuid, type MetricsAccess } from '../../authorization.js';
import type { MetricsEvents } from '../../metrics.events.js';
import { lockOrganizationBudgets } from '../../organization-lock.js';
import { decodeTimeIdCursor, parsePage, toConnection, type Connection } from '../../pagination.js';
import { assertReferencesExist, type ReferenceDirectory } from '../../reference-directory.js';
import type { BudgetAlert } from './budget-alert.entity.js';
import { BudgetAlertRepository } from './budget-alert.repository.js';
import { BudgetSchema, type Budget } from './budget.entity.js';
import { BudgetLedger } from './budget-ledger.js';
import { BudgetRepository } from './budget.repository.js';
import { budgetWindow, burnForecast, windowStart } from './budget-windows.js';
import { CreateBudgetInputModel, UpdateBudgetInputModel } from './budgets.models.js';

type PageArgs = { first?: number | null; after?: string | null };

/** Budgets and their alerts: reading, creating, changing and deleting them, and their live figures. */
export class BudgetService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: MetricsAccess,
    private readonly events: MetricsEvents,
    private readonly logger: Logger,
    private readonly directory: ReferenceDirectory,
    /** The request's instant: windows of created and changed budgets start from it. */
    private readonly now: Date,
  ) {}

  /** A budget the caller may read, or null (unknown, or in another organization). */
  async get(id: string): Promise<Budget | null> {
    if (!isUuid(id)) return null;
    return new BudgetRepository(this.em, await this.access.organizationsWith('metrics:read')).findById(id);
  }

  /** An alert the caller may read, or null. */
  async getAlert(id: string): Promise<BudgetAlert | null> {
    if (!isUuid(id)) return null;
    const [alert] = await new BudgetAlertRepository(this.em, await this.access.organizationsWith('metrics:read')).findManyByIds([id]);
    return alert ?? null;
  }

  async list(organizationId: string, pageArgs: PageArgs): Promise<Connection<Budget>> {
    await this.access.assert(organizationId, 'metrics:read');
    const page = parsePage(pageArgs, decodeTimeIdCursor);
    const rows = await new BudgetRepository(this.em, [organizationId]).page(organizationId, page.after, page.first + 1);
    return toConnection(rows, page.first, (budget) => [budget.createdAt.toISOString(), budget.id]);
  }

  async listAlerts(filter: { organizationId: string } | { budget: Budget }, pageArgs: PageArgs): Promise<Connection<BudgetAlert>> {
    const organizationId = 'budget' in filter ? filter.budget.organizationId : filter.organizationId;
    await this.access.assert(organizationId, 'metrics:read');
    const page = parsePage(pageArgs, decodeTimeIdCursor);
    const where = 'budget' in filter ? { budgetId: filter.budget.id } : { organizationId };
    const rows = await new BudgetAlertRepository(this.em, [organizationId]).page(where, page.after, page.first + 1);
    return toConnection(rows, page.first, (alert) => [alert.raisedAt.toISOString(), alert.id]);
  }

  async canManage(budget: Budget): Promise<boolean> {
    return this.access.can(budget.organizationId, 'budget:manage');
  }

  /** Creates a budget that counts from the start of its current window, and raises what it already reached. */
  async create(rawInput: { organizationId: string }): Promise<Budget> {
    await this.access.assert(rawInput.organizationId, 'budget:manage');
    const parsed = CreateBudgetInputModel.safeParse(rawInput);
    if (!parsed.success) throw badInputFromZod(parsed.error, 'input');
    const input = parsed.data;
    if (input.scope !== 'ORGANIZATION') {
      const kind = input.scope === 'PROJECT' ? 'project' : input.scope === 'TEAM' ? 'team' : 'user';
      await assertReferencesExist(this.directory, input.organizationId, [{ field: 'input.scopeId', kind, id: input.scopeId }]);
    }
    const now = this.now;
    const { budget, alerts } = await this.em.transactional(async (tx) => {
      await lockOrganizationBudgets(tx, input.organizationId, 'exclusive');
      const created = new BudgetRepository(tx, [input.organizationId]).add({
        id: randomUUID(),
        organizationId: input.organizationId,
        name: input.name,
        scope: input.scope,
        scopeId: input.scopeId,
        period: input.period,
        limitMicros: input.limitUsd,
        alertThresholdsBp: input.alertThresholdsBp,
        trackedFrom: windowStart(input.period, now),
        createdAt: now,
        updatedAt: now,
        createdBy: this.access.principal(),
      });
      await tx.flush();
      return { budget: created, alerts: await new BudgetLedger(tx, input.organizationId).startTracking(created, now) };
    });
    this.logger.info('Created budget (organizationId=%s, budgetId=%s, scope=%s, period=%s)', budget.organizationId, budget.id, budget.scope, budget.period);
    await this.events.alertsRaised(alerts);
    return budget;
  }

  /**
   * Changes a budget. A new period starts counting afresh in the current window; a new limit or new
   * thresholds raise at once what the current window has already reached.
   */
  async update(id: string, rawInput: unknown): Promise<Budget> {
    const existing = await this.readable(id);
    await this.access.assert(existing.organizationId, 'budget:manage');
    const parsed = UpdateBudgetInputModel.safeParse(rawInput);
    if (!parsed.success) throw badInputFromZod(parsed.error, 'input');
    const input = parsed.data;
    const now = this.now;
    const { budget, alerts } = await this.em.transactional(async (tx) => {
      await lockOrganizationBudgets(tx, existing.organizationId, 'exclusive');
      const budget = await tx.findOneOrFail(BudgetSchema, { id: existing.id }, { refresh: true });
      const ledger = new BudgetLedger(tx, budget.organizationId);
      const periodChanged = input.period != null && input.period !== budget.period;
      if (input.name != null) budget.name = input.name;
      if (input.limitUsd != null) budget.limitMicros = input.limitUsd;
      if (input.alertThresholds != null) budget.alertThresholdsBp = input.alertThresholds;
      if (input.period != null) budget.period = input.period;
      budget.updatedAt = now;
      await tx.flush();
      if (periodChanged) {
        budget.trackedFrom = windowStart(budget.period, now);
        await tx.flush();
        await ledger.forget(budget);
        return { budget, alerts: await ledger.startTracking(budget, now) };
      }
      return { budget, alerts: await ledger.reevaluate(budget, now) };
    });
    this.logger.info('Updated budget (organizationId=%s, budgetId=%s)', budget.organizationId, budget.id);
    await this.events.budgetsUpdated([{ id: budget.id, organizationId: budget.organizationId }]);
    await this.events.alertsRaised(alerts);
    return budget;
  }

  async delete(id: string): Promise<boolean> {
    const budget = await this.readable(id);
    await this.access.assert(budget.organizationId, 'budget:manage');
    await this.em.transactional(async (tx) => {
      await lockOrganizationBudgets(tx, budget.organizationId, 'exclusive');
      await tx.nativeDelete(BudgetSchema, { id: budget.id, organizationId: budget.organizationId });
    });
    this.logger.info('Deleted budget (organizationId=%s, budgetId=%s)', budget.organizationId, budget.id);
    return true;
  }

  /** The current window's figures of a budget, given its spend there. */
  figures(budget: Budget, spentMicros: bigint, now: Date) {
    const window = budgetWindow(budget, now);
    return {
      window,
      spentMicros,
      utilization: Number(spentMicros) / Number(budget.limitMicros),
      forecast: burnForecast(spentMicros, budget.limitMicros, window, now),
    };
  }

  private async readable(id: string): Promise<Budget> {
    const budget = await this.get(id);
    if (!budget) throw new NotFoundError('Budget');
    return budget;
  }
}
