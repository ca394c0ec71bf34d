/**
 * Counts every SQL statement the stack in this process sends, by kind, for benchmarks that report
 * statements per operation. The subgraphs' `queryCounters` only see what MikroORM itself logs, and
 * raw statements (`runSql`, knex `raw`, the event bus, the job queue) bypass that logger; this wraps
 * the drivers instead: `Client.prototype.query` of every copy of `pg` the stack loads (MikroORM's knex
 * has its own), or the PGlite instance's `query` and `exec`. A bench-only instrument: a Map update per
 * statement, never installed outside a benchmark.
 */
import { createRequire } from 'node:module';
import pg from 'pg';
import type { DatabaseTarget } from '@steward/kernel';

/** Statements by kind since the last reset. */
export interface SqlTally {
  counts(): Map<string, number>;
  reset(): void;
  /** Stops counting (the wrappers stay installed and pass statements through). */
  stop(): void;
}

/** A statement's kind: verb and first table (`insert policy.decisions`), `select pg_notify`, or `job queue` for pg-boss's own work. */
export function statementKind(sql: string): string {
  if (/steward_jobs|pgboss/i.test(sql)) return 'job queue (background)';
  if (/pg_notify/i.test(sql)) return 'select pg_notify';
  const verb = (/^\s*\(?\s*(\w+)/.exec(sql)?.[1] ?? '?').toLowerCase();
  // The statement's own table, not one of a subquery: the first reference outside parentheses.
  for (const match of sql.matchAll(/(?:from|into|update)\s+"?(\w+)"?\."?(\w+)"?/gi)) {
    const before = sql.slice(0, match.index);
    if (before.split('(').length === before.split(')').length) return `${verb} ${match[1]}.${match[2]}`;
  }
  return verb;
}

const installed = new WeakSet<object>();
/** The tally statements go to: the latest one started (benchmarks run one after another in a process). */
let current: Map<string, number> | null = null;

function record(sql: unknown): void {
  if (!current) return;
  const text = typeof sql === 'string' ? sql : typeof sql === 'object' && sql !== null && typeof (sql as { text?: unknown }).text === 'string' ? (sql as { text: string }).text : null;
  if (text === null) return;
  const kind = statementKind(text);
  current.set(kind, (current.get(kind) ?? 0) + 1);
}

/** Starts counting the statements sent to `target` (PostgreSQL: every pg client of the process). */
export function tallyStatements(target: DatabaseTarget): SqlTally {
  const counts = new Map<string, number>();
  current = counts;
  if (target.kind === 'pglite') {
    // The embedded session proxy calls the real instance's methods, so wrapping them on the instance sees every statement.
    const pglite = target.pglite as unknown as Record<'query' | 'exec', (sql: string, ...rest: unknown[]) => Promise<unknown>>;
    if (!installed.has(target.pglite)) {
      installed.add(target.pglite);
      for (const method of ['query', 'exec'] as const) {
        const original = pglite[method].bind(target.pglite);
        pglite[method] = (sql: string, ...rest: unknown[]) => {
          record(sql);
          return original(sql, ...rest);
        };
      }
    }
  } else {
    const copies = new Set([pg.Client, createRequire(createRequire(import.meta.url).resolve('@mikro-orm/postgresql'))('pg').Client as typeof pg.Client]);
    for (const Client of copies) {
      if (installed.has(Client)) continue;
      installed.add(Client);
      const original = Client.prototype.query as (...args: unknown[]) => unknown;
      (Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: unknown, ...args: unknown[]) {
        record(args[0]);
        return original.apply(this, args);
      };
    }
  }
  return {
    counts: () => new Map(counts),
    reset: () => counts.clear(),
    stop: () => {
      if (current === counts) current = null;
    },
  };
}
