import type { PGlite, QueryOptions } from '@electric-sql/pglite';
import { Mutex, acquireWithin } from './session-lock.js';
import { transactionEffect } from './transaction-statements.js';

/** One lock per PGlite instance, shared by every handle `exclusiveSession` makes for it. */
const sessionLocks = new WeakMap<PGlite, Mutex>();
/** How long a statement waits for another subgraph's transaction before failing instead of hanging. */
const SESSION_WAIT_MS = 15_000;

/**
 * One ORM's view of an embedded PGlite that several ORMs share. PGlite is a single session, so
 * without this a statement of one subgraph would run inside another subgraph's open transaction
 * (and be rolled back with it, or commit it early). Each handle takes the shared lock per
 * statement, and keeps it from BEGIN to COMMIT/ROLLBACK; each ORM's pool has one connection, so
 * a handle never has two transactions at once. A wait longer than SESSION_WAIT_MS fails loudly:
 * it means a transaction is waiting for another subgraph (a call across subgraphs inside a transaction).
 */
export function exclusiveSession(pglite: PGlite, owner: string): PGlite {
  let shared = sessionLocks.get(pglite);
  if (!shared) sessionLocks.set(pglite, (shared = new Mutex()));
  const lock = shared;
  /** The release of the lock while this handle's transaction is open. */
  let held: (() => void) | null = null;
  const busy = () => new Error(`Embedded database busy for ${SESSION_WAIT_MS} ms (waiting: ${owner}); is a transaction waiting for another subgraph?`);

  async function run<T>(sql: string, statement: () => Promise<T>): Promise<T> {
    const effect = transactionEffect(sql);
    if (held) {
      try {
        return await statement();
      } finally {
        if (effect === 'ends') {
          held();
          held = null;
        }
      }
    }
    const release = await acquireWithin(lock, SESSION_WAIT_MS, busy);
    let keep = false;
    try {
      const result = await statement();
      keep = effect === 'begins';
      return result;
    } finally {
      if (keep) held = release;
      else release();
    }
  }

  // A Proxy rather than a wrapper object: PGlite's own methods use private fields, so every method
  // but these two must still run on the real instance.
  return new Proxy(pglite, {
    get(target, property, receiver) {
      if (property === 'query') {
        return (sql: string, params?: unknown[], options?: QueryOptions) => run(sql, () => target.query(sql, params, options));
      }
      if (property === 'exec') {
        return (sql: string, options?: QueryOptions) => {
          // The PGlite dialect sends raw SQL holding a `;` as a script, dropping its bindings:
          // refuse rather than run a statement with its placeholders unfilled.
          if (/\$\d/.test(sql)) return Promise.reject(new Error('Embedded database: a raw statement with parameters must not contain ";".'));
          return run(sql, () => target.exec(sql, options));
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
