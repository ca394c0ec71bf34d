import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MikroORM, type EntitySchema, type LogContext, type Logger as OrmLogger, type LoggerNamespace } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import type { Migration } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { PGliteDriver } from 'mikro-orm-pglite';
import pg from 'pg';
import type { Logger } from './logger.js';

/** Where a process keeps its data: a PostgreSQL server, or an embedded PGlite instance shared in-process. */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; pglite: PGlite };

/** Opens (creating if needed) the embedded database; `:memory:` keeps nothing on disk. */
export async function openEmbeddedDatabase(dataDir: string): Promise<PGlite> {
  if (dataDir === ':memory:') return PGlite.create();
  const dir = resolve(dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  return PGlite.create(dir);
}

/** Picks PostgreSQL when a URL is configured, otherwise the embedded database under `dataDir`. */
export async function openDatabase(config: { DATABASE_URL?: string; STEWARD_DATA_DIR: string }): Promise<DatabaseTarget> {
  if (config.DATABASE_URL) return { kind: 'postgres', url: config.DATABASE_URL };
  return { kind: 'pglite', pglite: await openEmbeddedDatabase(config.STEWARD_DATA_DIR) };
}

/** Counts SQL statements per ORM; tests use it to prove a query count is constant (no N+1). */
export class QueryCounter {
  count = 0;
  readonly statements: string[] = [];
  record(sql: string): void {
    this.count += 1;
    if (this.statements.length < 1000) this.statements.push(sql);
  }
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}

class OrmLogBridge implements OrmLogger {
  constructor(private readonly logger: Logger, private readonly counter: QueryCounter) {}
  log(namespace: string, message: string): void {
    this.logger.debug({ namespace }, message);
  }
  error(namespace: string, message: string): void {
    this.logger.error({ namespace }, message);
  }
  warn(namespace: string, message: string): void {
    this.logger.warn({ namespace }, message);
  }
  logQuery(context: LogContext): void {
    if (context.query) this.counter.record(context.query);
  }
  setDebugMode(): void {}
  isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query';
  }
}

/** A migration as the subgraph lists it: a stable name and the class with its SQL. */
export interface MigrationEntry {
  name: string;
  class: new (...args: never[]) => Migration;
}

export interface SubgraphOrmOptions {
  /** The subgraph's name: its PostgreSQL schema and the ORM's context name. */
  name: string;
  entities: EntitySchema<any, any>[];
  migrations: MigrationEntry[];
  database: DatabaseTarget;
  logger: Logger;
  poolSize?: number;
}

/** What a subgraph gets back: the ORM (fork it per request) and its statement counter. */
export interface SubgraphOrm {
  orm: MikroORM;
  queries: QueryCounter;
}

/**
 * Creates one subgraph's ORM in its own schema and applies its migrations. Several ORMs may share
 * one embedded PGlite instance; on PostgreSQL each ORM has its own pool.
 */
export async function createSubgraphOrm(options: SubgraphOrmOptions): Promise<SubgraphOrm> {
  const queries = new QueryCounter();
  const common = {
    contextName: options.name,
    schema: options.name,
    entities: options.entities,
    extensions: [Migrator],
    allowGlobalContext: false,
    debug: ['query'] as LoggerNamespace[],
    loggerFactory: () => new OrmLogBridge(options.logger.child({ orm: options.name }), queries),
    migrations: {
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      migrationsList: options.migrations as never,
    },
  };
  const orm =
    options.database.kind === 'postgres'
      ? await MikroORM.init({
          ...common,
          driver: PostgreSqlDriver,
          clientUrl: options.database.url,
          pool: { min: 0, max: options.poolSize ?? 10 },
        })
      : await MikroORM.init({
          ...common,
          driver: PGliteDriver,
          dbName: 'postgres',
          driverOptions: { connection: { pglite: ((db) => () => db)(exclusiveSession(options.database.pglite, options.name)) } },
        });
  await withMigrationLock(options.database, options.name, () => orm.getMigrator().up());
  return { orm, queries };
}

/** A FIFO lock: `acquire` resolves with the function that releases it. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((done) => (release = done));
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return acquired;
  }
}

const sessionLocks = new WeakMap<PGlite, Mutex>();
const BEGINS_TRANSACTION = /^\s*(begin|start\s+transaction)\b/i;
const ENDS_TRANSACTION = /^\s*(commit|end|abort|rollback(?!\s+(work\s+|transaction\s+)?to\b))\b/i;
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
  let lock = sessionLocks.get(pglite);
  if (!lock) sessionLocks.set(pglite, (lock = new Mutex()));
  const shared = lock;
  let held: (() => void) | null = null;

  async function run<T>(sql: string, statement: () => Promise<T>): Promise<T> {
    if (held) {
      try {
        return await statement();
      } finally {
        if (ENDS_TRANSACTION.test(sql)) {
          held();
          held = null;
        }
      }
    }
    const release = await withTimeout(shared.acquire(), owner);
    let keep = false;
    try {
      const result = await statement();
      keep = BEGINS_TRANSACTION.test(sql);
      return result;
    } finally {
      if (keep) held = release;
      else release();
    }
  }

  return new Proxy(pglite, {
    get(target, property, receiver) {
      if (property === 'query') {
        return (sql: string, params?: unknown[], options?: never) => run(sql, () => target.query(sql, params, options));
      }
      if (property === 'exec') {
        return (sql: string, options?: never) => {
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

async function withTimeout(acquired: Promise<() => void>, owner: string): Promise<() => void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Embedded database busy for ${SESSION_WAIT_MS} ms (waiting: ${owner}); is a transaction waiting for another subgraph?`)),
      SESSION_WAIT_MS,
    );
  });
  try {
    return await Promise.race([acquired, timeout]);
  } catch (error) {
    // Give the lock back as soon as it is granted, so the queue keeps moving.
    void acquired.then((release) => release());
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Serialises migrations of one subgraph across replicas starting together: on PostgreSQL a
 * session advisory lock held on a dedicated connection; embedded, there is only one process.
 */
async function withMigrationLock<T>(database: DatabaseTarget, name: string, run: () => Promise<T>): Promise<T> {
  if (database.kind !== 'postgres') return run();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`steward:migrations:${name}`]);
    return await run();
  } finally {
    await client.end();
  }
}
