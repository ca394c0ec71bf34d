import { randomUUID } from 'node:crypto';
import {
  NotFoundError,
  isId,
  keys,
  loaderFamily,
  loaderOfGroups,
  organizationIdOf,
  parseInput,
  parsePage,
  toConnection,
  type Connection,
  type PageArgs,
  type PageRequest,
} from '@steward/kernel';
import type { MetricsScope } from '../../metrics.scope.js';
import { lockOrganizationBudgets } from './budget-lock.js';
import { assertReferencesExist } from '@steward/kernel';
import type { BudgetAlert } from './budget-alert.entity.js';
import { BudgetAlertRepository } from './budget-alert.repository.js';
import type { Budget } from './budget.entity.js';
import { BudgetLedger } from './budget-ledger.js';
import { BudgetRepository } from './budget.repository.js';
import { budgetWindow, burnForecast, windowStart } from './budget-windows.js';
import { CreateBudgetInputModel, UpdateBudgetInputModel } from './budgets.models.js';

/** Budgets and their alerts: reading, creating, changing and deleting them, and their live figures. */
export class BudgetService {
  /** Pages of budgets' alerts: one statement for every budget of the response asking for the same page. */
  private readonly alertPages = loaderFamily((page: PageRequest<{ at: Date; id: string }>) =>
    loaderOfGroups(
      async (budgetIds) => new BudgetAlertRepository(this.scope.em, await this.scope.access.scope('metrics:read')).firstOfBudgets(budgetIds, page.after, page.first + 1),
      (alert) => alert.budgetId,
    ),
  );

  constructor(private readonly scope: MetricsScope) {}

  async list(organizationId: string, pageArgs: PageArgs): Promise<Connection<Budget>> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'metrics:read');
    return new BudgetRepository(this.scope.em, tenant).page(parsePage(pageArgs, keys.timeId));
  }

  /** A page of an organization's alerts, most recent first. */
  async listAlerts(organizationId: string, pageArgs: PageArgs): Promise<Connection<BudgetAlert>> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'metrics:read');
    return new BudgetAlertRepository(this.scope.em, tenant).page(parsePage(pageArgs, keys.timeId));
  }

  /** A page of one budget's alerts, most recent first (the budget was read through a scoped loader). */
  async alertsOf(budget: Budget, pageArgs: PageArgs): Promise<Connection<BudgetAlert>> {
    const page = parsePage(pageArgs, keys.timeId);
    const alerts = await this.alertPages(page).load(budget.id);
    return toConnection(alerts, page.first, (alert) => [alert.raisedAt, alert.id]);
  }

  async canManage(budget: Budget): Promise<boolean> {
    return this.scope.access.can(budget.organizationId, 'budget:manage');
  }

  /** Creates a budget that counts from the start of its current window, and raises what it already reached. */
  async create(rawInput: unknown): Promise<Budget> {
    const tenant = await this.scope.access.scopeOf(organizationIdOf(rawInput), 'budget:manage');
    const input = parseInput(CreateBudgetInputModel, rawInput, 'input');
    if (input.scope !== 'ORGANIZATION') {
      const kind = input.scope === 'PROJECT' ? 'project' : input.scope === 'TEAM' ? 'team' : 'user';
      await assertReferencesExist(this.scope.directory, input.organizationId, [{ field: 'input.scopeId', kind, id: input.scopeId }]);
    }
    const { now } = this.scope;
    const { budget, alerts } = await this.scope.em.transactional(async (tx) => {
      await lockOrganizationBudgets(tx, input.organizationId, 'exclusive');
      const budgets = new BudgetRepository(tx, tenant);
      const created = budgets.add({
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
        createdBy: this.scope.access.principal(),
      });
      await budgets.save();
      return { budget: created, alerts: await new BudgetLedger(tx, tenant).startTracking(created, now) };
    });
    this.scope.logger.info('Created budget (organizationId=%s, budgetId=%s, scope=%s, period=%s)', budget.organizationId, budget.id, budget.scope, budget.period);
    await this.scope.events.alertsRaised(alerts);
    return budget;
  }

  /**
   * Changes a budget. A new period starts counting afresh in the current window; a new limit or new
   * thresholds raise at once what the current window has already reached.
   */
  async update(id: string, rawInput: unknown): Promise<Budget> {
    const existing = await this.readable(id);
    const tenant = await this.scope.access.scopeOf(existing.organizationId, 'budget:manage');
    const input = parseInput(UpdateBudgetInputModel, rawInput, 'input');
    const { now } = this.scope;
    const { budget, alerts } = await this.scope.em.transactional(async (tx) => {
      await lockOrganizationBudgets(tx, existing.organizationId, 'exclusive');
      const budgets = new BudgetRepository(tx, tenant);
      // Read again under the lock: an ingest or another change may have committed since.
      const budget = await budgets.findFresh(existing.id);
      if (!budget) throw new NotFoundError('Budget');
      const ledger = new BudgetLedger(tx, tenant);
      const periodChanged = input.period != null && input.period !== budget.period;
      if (input.name != null) budget.name = input.name;
      if (input.limitUsd != null) budget.limitMicros = input.limitUsd;
      if (input.alertThresholds != null) budget.alertThresholdsBp = input.alertThresholds;
      if (input.period != null) budget.period = input.period;
      budget.updatedAt = now;
      await budgets.save();
      if (periodChanged) {
        budget.trackedFrom = windowStart(budget.period, now);
        await budgets.save();
        await ledger.forget(budget);
        return { budget, alerts: await ledger.startTracking(budget, now) };
      }
      return { budget, alerts: await ledger.reevaluate(budget, now) };
    });
    this.scope.logger.info('Updated budget (organizationId=%s, budgetId=%s)', budget.organizationId, budget.id);
    await this.scope.events.budgetsUpdated([{ id: budget.id, organizationId: budget.organizationId }]);
    await this.scope.events.alertsRaised(alerts);
    return budget;
  }

  async delete(id: string): Promise<boolean> {
    const budget = await this.readable(id);
    const tenant = await this.scope.access.scopeOf(budget.organizationId, 'budget:manage');
    await this.scope.em.transactional(async (tx) => {
      await lockOrganizationBudgets(tx, budget.organizationId, 'exclusive');
      await new BudgetRepository(tx, tenant).deleteById(budget.id);
    });
    this.scope.logger.info('Deleted budget (organizationId=%s, budgetId=%s)', budget.organizationId, budget.id);
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

  /** A budget the caller may read, or NOT_FOUND (unknown, or in another organization). */
  private async readable(id: string): Promise<Budget> {
    const [budget] = isId(id) ? await new BudgetRepository(this.scope.em, await this.scope.access.scope('metrics:read')).findByIds([id]) : [];
    if (!budget) throw new NotFoundError('Budget');
    return budget;
  }
}
