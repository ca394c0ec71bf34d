import { TenantRepository } from '@steward/kernel';
import { toMicros } from '../../money.js';

/** Spend of one budget in one window. */
export interface WindowSpend {
  budgetId: string;
  windowStart: Date;
  spentMicros: bigint;
}

type SpendRow = { budget_id: string; window_start: string | Date; spent_micros: unknown };

function toWindowSpend(row: SpendRow): WindowSpend {
  return { budgetId: row.budget_id, windowStart: new Date(row.window_start), spentMicros: toMicros(row.spent_micros) };
}

/**
 * Running spend per budget window, of the budgets in scope (a window row has no organization of
 * its own: every statement joins its budget `g` and scopes that). The upserted row is the
 * serialisation point of concurrent ingests: each sees the total including every commit before it.
 */
export class BudgetSpendRepository extends TenantRepository {
  /** Adds amounts to windows (in budget, window order, to avoid deadlocks) and returns the new totals. */
  async add(deltas: readonly WindowSpend[], now: Date): Promise<WindowSpend[]> {
    if (deltas.length === 0) return [];
    const ordered = [...deltas].sort((a, b) => a.budgetId.localeCompare(b.budgetId) || a.windowStart.getTime() - b.windowStart.getTime());
    const payload = JSON.stringify(
      ordered.map((d, position) => ({ position, budget_id: d.budgetId, window_start: d.windowStart.toISOString(), spent_micros: d.spentMicros.toString() })),
    );
    const rows = await this.sql<SpendRow>(
      `insert into metrics.budget_spend as b (budget_id, window_start, spent_micros, updated_at)
       select r.budget_id, r.window_start, r.spent_micros, ?::timestamptz
       from jsonb_to_recordset(?::jsonb) as r(position integer, budget_id uuid, window_start timestamptz, spent_micros bigint)
       join metrics.budgets g on g.id = r.budget_id and {{tenant:g}}
       order by r.position
       on conflict (budget_id, window_start) do update set spent_micros = b.spent_micros + excluded.spent_micros, updated_at = excluded.updated_at
       returning budget_id, window_start, spent_micros`,
      [now.toISOString(), payload],
    );
    return rows.map(toWindowSpend);
  }

  /** Replaces a window's spend (when a budget starts counting). */
  async set(spend: WindowSpend, now: Date): Promise<void> {
    await this.sql(
      `insert into metrics.budget_spend (budget_id, window_start, spent_micros, updated_at)
       select g.id, ?::timestamptz, ?::bigint, ?::timestamptz from metrics.budgets g where g.id = ?::uuid and {{tenant:g}}
       on conflict (budget_id, window_start) do update set spent_micros = excluded.spent_micros, updated_at = excluded.updated_at`,
      [spend.windowStart.toISOString(), spend.spentMicros.toString(), now.toISOString(), spend.budgetId],
    );
  }

  /** Forgets every window of a budget (when its period changes). */
  async clear(budgetId: string): Promise<void> {
    await this.sql('delete from metrics.budget_spend s using metrics.budgets g where g.id = s.budget_id and s.budget_id = ?::uuid and {{tenant:g}}', [budgetId]);
  }

  /** Spend of the given budget windows; absent windows have spent nothing. */
  async findWindows(keys: readonly { budgetId: string; windowStart: Date }[]): Promise<WindowSpend[]> {
    if (keys.length === 0) return [];
    const payload = JSON.stringify(keys.map((k) => ({ budget_id: k.budgetId, window_start: k.windowStart.toISOString() })));
    const rows = await this.sql<SpendRow>(
      `select s.budget_id, s.window_start, s.spent_micros
       from jsonb_to_recordset(?::jsonb) as k(budget_id uuid, window_start timestamptz)
       join metrics.budget_spend s on s.budget_id = k.budget_id and s.window_start = k.window_start
       join metrics.budgets g on g.id = s.budget_id and {{tenant:g}}`,
      [payload],
    );
    return rows.map(toWindowSpend);
  }
}
