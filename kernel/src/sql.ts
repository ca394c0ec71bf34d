import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Runs one SQL statement with server-side bindings (`?` placeholders) inside the entity manager's
 * transaction, if it has one, and returns its rows. Set-based statements can carry JSON payloads
 * of hundreds of kilobytes: MikroORM's `execute` would inline them into the SQL text (escaping them
 * on every call and keeping that text in the query log), and the embedded driver runs inlined text
 * containing a `;` as a multi-statement script.
 */
export async function runSql<T = Record<string, unknown>>(em: EntityManager, sql: string, bindings: readonly Knex.RawBinding[] = []): Promise<T[]> {
  const query = em.getConnection().getKnex().raw(sql, bindings);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  const result = (await query) as { rows?: T[] };
  return result.rows ?? [];
}

/** `(values (?::uuid), (?::uuid), …)`: a row source of ids to join laterally, one placeholder per id. */
export function uuidValues(ids: readonly string[]): string {
  return `(values ${ids.map(() => '(?::uuid)').join(', ')})`;
}

/** `?, ?, …` for an `in (…)` list. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** Escapes `%`, `_` and `\` so user text matches literally inside an ILIKE pattern. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * A `timestamptz` column read with raw SQL: the embedded driver gives a Date, the server driver
 * PostgreSQL's text (MikroORM keeps `pg` from parsing timestamps), e.g. `2026-12-03 16:41:53.123+00`,
 * which `Date` reads as MikroORM's own mapping does (to the millisecond).
 */
export function timestampOf(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** {@link timestampOf} for a nullable column. */
export function nullableTimestampOf(value: unknown): Date | null {
  return value === null || value === undefined ? null : timestampOf(value);
}
