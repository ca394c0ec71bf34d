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
