import { TenantRepository, uuidValues, type Connection, type PageRequest } from '@steward/kernel';
import { BudgetAlertSchema, type BudgetAlert } from './budget-alert.entity.js';

/** The sort key of alert lists: most recent first. */
export const ALERT_ORDER = { raisedAt: 'desc', id: 'desc' } as const;

/** Budget alerts of the organizations in scope. */
export class BudgetAlertRepository extends TenantRepository {
  /**
   * Inserts the alerts not raised yet for their (budget, period, window start, threshold) and returns those.
   * The unique index decides, so concurrent ingests crossing a threshold together raise it once.
   */
  async raiseOnce(alerts: readonly BudgetAlert[]): Promise<BudgetAlert[]> {
    if (alerts.length === 0) return [];
    for (const alert of alerts) this.assertInScope(alert.organizationId);
    const ordered = [...alerts].sort(
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
    const rows = await this.sql<{ id: string }>(
      `insert into metrics.budget_alerts (id, budget_id, organization_id, period, window_start, window_end, threshold_bp, spent_micros, limit_micros, raised_at)
       select r.id, r.budget_id, r.organization_id, r.period, r.window_start, r.window_end, r.threshold_bp, r.spent_micros, r.limit_micros, r.raised_at
       from jsonb_to_recordset(?::jsonb) as r(position integer, id uuid, budget_id uuid, organization_id uuid, period varchar, window_start timestamptz,
         window_end timestamptz, threshold_bp integer, spent_micros bigint, limit_micros bigint, raised_at timestamptz)
       where {{tenant:r}}
       order by r.position
       on conflict (budget_id, period, window_start, threshold_bp) do nothing
       returning id`,
      [payload],
    );
    const inserted = new Set(rows.map((row) => row.id));
    return ordered.filter((alert) => inserted.has(alert.id));
  }

  findByIds(ids: readonly string[]): Promise<BudgetAlert[]> {
    return this.find(BudgetAlertSchema, { id: { $in: [...ids] } });
  }

  /** A page of the alerts in scope, most recent first. */
  page(page: PageRequest<unknown>): Promise<Connection<BudgetAlert>> {
    return this.findPage(BudgetAlertSchema, {}, page, ALERT_ORDER);
  }

  /**
   * Up to `limit` alerts of each budget after a (raisedAt, id) position, most recent first: one
   * keyset scan per budget in one statement (the budget index serves each), then the rows.
   */
  async firstOfBudgets(budgetIds: readonly string[], after: { at: Date; id: string } | null, limit: number): Promise<BudgetAlert[]> {
    if (budgetIds.length === 0) return [];
    const position = after ? 'and (a.raised_at, a.id) < (?::timestamptz, ?::uuid)' : '';
    const rows = await this.sql<{ id: string }>(
      `select a.id
       from ${uuidValues(budgetIds)} as k(budget_id)
       cross join lateral (
         select a.id from metrics.budget_alerts a
         where a.budget_id = k.budget_id and {{tenant:a}} ${position}
         order by a.raised_at desc, a.id desc
         limit ?
       ) a`,
      [...budgetIds, ...(after ? [after.at.toISOString(), after.id] : []), limit],
    );
    if (rows.length === 0) return [];
    return this.find(BudgetAlertSchema, { id: { $in: rows.map((row) => row.id) } }, { orderBy: ALERT_ORDER });
  }
}
