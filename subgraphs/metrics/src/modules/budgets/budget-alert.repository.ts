import type { EntityManager } from '@mikro-orm/postgresql';
import { BudgetAlertSchema, type BudgetAlert } from './budget-alert.entity.js';
import { runSql } from '../../sql.js';

/** Budget alerts of the organizations a caller may see. */
export class BudgetAlertRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationIds: readonly string[],
  ) {}

  /**
   * Inserts the alerts not raised yet for their (budget, period, window start, threshold) and returns those.
   * The unique index decides, so concurrent ingests crossing a threshold together raise it once.
   */
  async raiseOnce(alerts: readonly BudgetAlert[]): Promise<BudgetAlert[]> {
    const own = alerts.filter((alert) => this.organizationIds.includes(alert.organizationId));
    if (own.length === 0) return [];
    const ordered = [...own].sort(
      (a, b) => a.budgetId.localeCompare(b.budgetId) || a.windowStart.getTime() - b.windowStart.getTime() || a.thresholdBp - b.thresholdBp,
    );
    const payload = JSON.stringify(
      ordered.map((a, position) => ({
        position,
        id: a.id,
        budget_id: a.budgetId,
        organization_id: a.organizationId,
        period: a.period,
        window_start: a.windowStart.toISOString(),
        window_end: a.windowEnd.toISOString(),
        threshold_bp: a.thresholdBp,
        spent_micros: a.spentMicros.toString(),
        limit_micros: a.limitMicros.toString(),
        raised_at: a.raisedAt.toISOString(),
      })),
    );
    const rows = await runSql<{ id: string }>(
      this.em,
      `insert into metrics.budget_alerts (id, budget_id, organization_id, period, window_start, window_end, threshold_bp, spent_micros, limit_micros, raised_at)
       select r.id, r.budget_id, r.organization_id, r.period, r.window_start, r.window_end, r.threshold_bp, r.spent_micros, r.limit_micros, r.raised_at
       from jsonb_to_recordset(?::jsonb) as r(position integer, id uuid, budget_id uuid, organization_id uuid, period varchar, window_start timestamptz,
         window_end timestamptz, threshold_bp integer, spent_micros bigint, limit_micros bigint, raised_at timestamptz)
       order by r.position
       on conflict (budget_id, period, window_start, threshold_bp) do nothing
       returning id`,
      [payload],
    );
    const inserted = new Set(rows.map((row) => row.id));
    return ordered.filter((alert) => inserted.has(alert.id));
  }

  findManyByIds(ids: readonly string[]): Promise<BudgetAlert[]> {
    return this.em.find(BudgetAlertSchema, { id: { $in: [...ids] }, organizationId: { $in: [...this.organizationIds] } });
  }

  /** A page of alerts, most recent first, of an organization or of one of its budgets. */
  page(filter: { organizationId?: string; budgetId?: string }, after: { at: Date; id: string } | null, limit: number): Promise<BudgetAlert[]> {
    const position = after ? { $or: [{ raisedAt: { $lt: after.at } }, { raisedAt: after.at, id: { $lt: after.id } }] } : {};
    return this.em.find(
      BudgetAlertSchema,
      { $and: [{ organizationId: { $in: [...this.organizationIds] } }, filter, position] },
      { orderBy: [{ raisedAt: 'desc' }, { id: 'desc' }], limit },
    );
  }
}
