/** What a statement does to the session's transaction block. */
export type TransactionEffect = 'begins' | 'ends' | 'none';

const BEGINS = /^\s*(begin|start\s+transaction)\b/i;
// ROLLBACK TO [SAVEPOINT] undoes part of a transaction and keeps it open; AND CHAIN starts the next one at once.
const ENDS = /^\s*(commit|end|abort|rollback(?!\s+(work\s+|transaction\s+)?to\b))\b(?![^;]*\band\s+chain\b)/i;

/**
 * Whether `sql` opens or closes a transaction block, read from its text. This is the one place the
 * embedded session reads SQL, and it has to: PGlite's `isInTransaction()` follows command tags, and
 * PostgreSQL tags ROLLBACK TO SAVEPOINT as "ROLLBACK" (PGlite then reports no transaction while one
 * is open) and START TRANSACTION as "START TRANSACTION" (not seen as a begin); the protocol's
 * ReadyForQuery status, which is exact, is not exposed by `query()`/`exec()`; and hooking the ORM's
 * transaction API would miss raw BEGIN/COMMIT sent through `em.execute` or by the migrator.
 * Statements come from the ORM (knex sends `BEGIN;`, `COMMIT;`, `ROLLBACK`, savepoints) or from
 * our own code, one statement per call (see the `exec` guard in embedded-session.ts).
 */
export function transactionEffect(sql: string): TransactionEffect {
  if (BEGINS.test(sql)) return 'begins';
  if (ENDS.test(sql)) return 'ends';
  return 'none';
}
