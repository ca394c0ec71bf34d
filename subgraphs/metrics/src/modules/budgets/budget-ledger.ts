import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantScope } from '@steward/kernel';
import { UsageRepository } from '../usage/usage.repository.js';
import type { BudgetAlert } from './budget-alert.entity.js';
import { BudgetAlertRepository } from './budget-alert.repository.js';
import type { Budget } from './budget.entity.js';
import { BudgetRepository } from './budget.repository.js';
import { BudgetSpendRepository, type WindowSpend } from './budget-spend.repository.js';
import { budgetWindow, inScope, reachedThresholds, windowStart, type Attribution } from './budget-windows.js';

/** A costed request as budgets see it. */
export interface ChargeableRequest extends Attribution {
  occurredAt: Date;
  costMicros: bigint;
}

/** What a call's requests add to budget windows, with the budgets read to work it out. */
export interface PlannedCharge {
  budgets: Budget[];
  deltas: WindowSpend[];
}

/**
 * Keeps one organization's budget spend and alerts in step with its usage, inside the caller's
 * transaction (built on that organization's scope). Spend goes to the window each request
 * occurred in; a threshold alerts once per window (a period and a start, so the new window of a
 * re-periodised budget alerts on its own).
 */
export class BudgetLedger {
  private readonly budgets: BudgetRepository;
  private readonly spend: BudgetSpendRepository;
  private readonly alerts: BudgetAlertRepository;
  private readonly usage: UsageRepository;

  constructor(tx: EntityManager, scope: TenantScope) {
    this.budgets = new BudgetRepository(tx, scope);
    this.spend = new BudgetSpendRepository(tx, scope);
    this.alerts = new BudgetAlertRepository(tx, scope);
    this.usage = new UsageRepository(tx, scope);
  }

  /**
   * Works out what newly recorded requests add to each budget window they count for, reading the
   * budgets (so under the organization's budget lock). Apart from {@link charge} so that ingest
   * reads before it writes the rows concurrent ingests wait on (rollups, spend), holding their
   * locks for one round trip less.
   */
  async plan(requests: readonly ChargeableRequest[]): Promise<PlannedCharge> {
    const budgets = await this.budgets.listAll();
    const deltas = new Map<string, WindowSpend>();
    for (const budget of budgets) {
      for (const request of requests) {
        if (request.costMicros === 0n || !inScope(budget, request)) continue;
        const start = windowStart(budget.period, request.occurredAt);
        // Windows before the budget existed (or was re-periodised) are not counted.
        if (start < budget.trackedFrom) continue;
        const key = `${budget.id}|${start.getTime()}`;
        const entry = deltas.get(key) ?? { budgetId: budget.id, windowStart: start, spentMicros: 0n };
        entry.spentMicros += request.costMicros;
        deltas.set(key, entry);
      }
    }
    return { budgets, deltas: [...deltas.values()] };
  }

  /** Adds a planned charge to its budget windows; returns the budgets changed and the alerts raised. */
  async charge(planned: PlannedCharge, now: Date): Promise<{ changed: Budget[]; alerts: BudgetAlert[] }> {
    const { budgets, deltas } = planned;
    const totals = await this.spend.add(deltas, now);
    const byId = new Map(budgets.map((budget) => [budget.id, budget]));
    const candidates = totals.flatMap((total) => {
      const budget = byId.get(total.budgetId)!;
      return this.alertsFor(budget, budgetWindow(budget, total.windowStart), total.spentMicros, now);
    });
    const changed = budgets.filter((budget) => totals.some((total) => total.budgetId === budget.id));
    return { changed, alerts: await this.alerts.raiseOnce(candidates) };
  }

  /**
   * Starts counting a budget in its current window from the usage already recorded there (under
   * the organization's exclusive budget lock, so no ingest is in flight), and raises what that reaches.
   */
  async startTracking(budget: Budget, now: Date): Promise<BudgetAlert[]> {
    const window = budgetWindow(budget, now);
    const spentMicros = await this.recordedSpend(budget, window);
    await this.spend.set({ budgetId: budget.id, windowStart: window.start, spentMicros }, now);
    return this.alerts.raiseOnce(this.alertsFor(budget, window, spentMicros, now));
  }

  /** Raises the thresholds the current window has reached under the budget's present limit and thresholds. */
  async reevaluate(budget: Budget, now: Date): Promise<BudgetAlert[]> {
    const window = budgetWindow(budget, now);
    const [current] = await this.spend.findWindows([{ budgetId: budget.id, windowStart: window.start }]);
    return this.alerts.raiseOnce(this.alertsFor(budget, window, current?.spentMicros ?? 0n, now));
  }

  /** Clears a budget's windows (its period changed). */
  async forget(budget: Budget): Promise<void> {
    await this.spend.clear(budget.id);
  }

  private alertsFor(budget: Budget, window: { start: Date; end: Date }, spentMicros: bigint, now: Date): BudgetAlert[] {
    return reachedThresholds(budget.limitMicros, budget.alertThresholdsBp, spentMicros).map((thresholdBp) => ({
      id: randomUUID(),
      budgetId: budget.id,
      organizationId: budget.organizationId,
      period: budget.period,
      windowStart: window.start,
      windowEnd: window.end,
      thresholdBp,
      spentMicros,
      limitMicros: budget.limitMicros,
      raisedAt: now,
    }));
  }

  private async recordedSpend(budget: Budget, window: { start: Date; end: Date }): Promise<bigint> {
    const filter = {
      from: window.start,
      to: window.end,
      projectId: budget.scope === 'PROJECT' ? budget.scopeId : null,
      teamId: budget.scope === 'TEAM' ? budget.scopeId : null,
      userId: budget.scope === 'USER' ? budget.scopeId : null,
    };
    // Windows start at midnight UTC, so the daily rollup holds them exactly; users are only in raw rows.
    const source = budget.scope === 'USER' ? 'RAW' : 'DAILY_ROLLUP';
    const { rows } = await this.usage.groupSums(source, filter, []);
    return rows[0]?.sums.costMicros ?? 0n;
  }
}
