import type { EntityManager } from '@mikro-orm/postgresql';
import { toMicros } from '../../money.js';
import { runSql } from '../../sql.js';

/** Spend of one budget in one window. */
export interface WindowSpend {
  budgetId: string;
  windowStart: Date;
  spentMicros: bigint;
}

/**
 * Running spend per budget window. The upserted row is the serialisation point of concurrent
 * ingests: each sees the total including every commit before it.
 */
export class BudgetSpendRepository {
  constructor(private readonly em: EntityManager) {}

  /** Adds amounts to windows (in budget, window order, to avoid deadlocks) and returns the new totals. */
  async add(deltas: readonly WindowSpend[], now: Date): Promise<WindowSpend[]> {
    if (deltas.length === 0) return [];
    const ordered = [...deltas].sort((a, b) => a.budgetId.localeCompare(b.budgetId) || a.windowStart.getTime() - b.windowStart.getTime());
    const payload = JSON.stringify(
      ordered.map((d, position) => ({ position, budget_id: d.budgetId, window_start: d.windowStart.toISOString(), spent_micros: d.spentMicros.toString() })),
    );
    const rows = await runSql<{ budget_id: string; window_start: string | Date; spent_micros: unknown }>(
      this.em,
      `insert into metrics.budget_spend as b (budget_id, window_start, spent_micros, updated_at)
       select r.budget_id, r.window_start, r.spent_micros, ?::timestamptz
       from jsonb_to_recordset(?::jsonb) as r(position integer, budget_id uuid, window_start timestamptz, spent_micros bigint)
       order by r.position
       on conflict (budget_id, window_start) do update set spent_micros = b.spent_micros + excluded.spent_micros, updated_at = excluded.updated_at
       returning budget_id, window_start, spent_micros`,
      [now.toISOString(), payload],
    );
    return rows.map((row) => ({ budgetId: row.budget_id, windowStart: new Date(row.window_start), spentMicros: toMicros(row.spent_micros) }));
  }

  /** Replaces a window's spend (when a budget starts counting). */
  async set(spend: WindowSpend, now: Date): Promise<void> {
    await runSql(
      this.em,
      `insert into metrics.budget_spend (budget_id, window_start, spent_micros, updated_at) values (?::uuid, ?::timestamptz, ?::bigint, ?::timestamptz)
       on conflict (budget_id, window_start) do update set spent_micros = excluded.spent_micros, updated_at = excluded.updated_at`,
      [spend.budgetId, spend.windowStart.toISOString(), spend.spentMicros.toString(), now.toISOString()],
    );
  }

  /** Forgets every window of a budget (when its period changes). */
  async clear(budgetId: string): Promise<void> {
    await runSql(this.em, 'delete from metrics.budget_spend where budget_id = ?::uuid', [budgetId]);
  }

  /** Spend of the given budget windows; absent windows have spent nothing. */
  async find(keys: readonly { budgetId: string; windowStart: Date }[]): Promise<WindowSpend[]> {
    if (keys.length === 0) return [];
    const payload = JSON.stringify(keys.map((k) => ({ budget_id: k.budgetId, window_start: k.windowStart.toISOString() })));
    const rows = await runSql<{ budget_id: string; window_start: string | Date; spent_micros: unknown }>(
      this.em,
      `select s.budget_id, s.window_start, s.spent_micros
       from jsonb_to_recordset(?::jsonb) as k(budget_id uuid, window_start timestamptz)
       join metrics.budget_spend s on s.budget_id = k.budget_id and s.window_start = k.window_start`,
      [payload],
    );
    return rows.map((row) => ({ budgetId: row.budget_id, windowStart: new Date(row.window_start), spentMicros: toMicros(row.spent_micros) }));
  }
}
