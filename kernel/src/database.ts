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
          driverOptions: { connection: { pglite: ((db) => () => db)(options.database.pglite) } },
        });
  await withMigrationLock(options.database, options.name, () => orm.getMigrator().up());
  return { orm, queries };
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
