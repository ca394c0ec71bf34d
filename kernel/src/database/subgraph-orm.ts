import { MikroORM, type Constructor, type EntitySchema, type LoggerNamespace, type Options } from '@mikro-orm/core';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { PGlite } from '@electric-sql/pglite';
import { PGliteDriver } from 'mikro-orm-pglite';
import type { Logger } from '../logger.js';
import type { DatabaseTarget } from './database-target.js';
import { exclusiveSession } from './embedded-session.js';
import { withMigrationLock } from './migration-lock.js';
import { OrmLogBridge, QueryCounter } from './query-counter.js';

/** A migration as the subgraph lists it: a stable name and the class with its SQL. */
export interface MigrationEntry {
  name: string;
  class: Constructor<Migration>;
}

export interface SubgraphOrmOptions {
  /** The subgraph's name: its PostgreSQL schema and the ORM's context name. */
  name: string;
  /**
   * The subgraph's `defineEntity` schemas. `EntitySchema` with its default parameters is MikroORM's
   * own type for "a schema of any entity" (what its `entities` option takes): a schema is invariant
   * in its entity type, so schemas of different entities have no narrower common type.
   */
  entities: EntitySchema[];
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

/** Only `query` is reported, to the counter (see OrmLogBridge). */
const ORM_DEBUG: LoggerNamespace[] = ['query'];

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
    debug: ORM_DEBUG,
    loggerFactory: () => new OrmLogBridge(options.logger.child({ orm: options.name }), queries),
    migrations: {
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      migrationsList: options.migrations,
    },
  } satisfies Options;
  const orm =
    options.database.kind === 'postgres'
      ? await MikroORM.init({
          ...common,
          driver: PostgreSqlDriver,
          clientUrl: options.database.url,
          pool: { min: 0, max: options.poolSize ?? 10 },
        })
      : await MikroORM.init({ ...common, driver: PGliteDriver, dbName: 'postgres', driverOptions: embeddedDriverOptions(options.database.pglite, options.name) });
  await withMigrationLock(options.database, options.name, () => orm.getMigrator().up());
  return { orm, queries };
}

/** The PGlite driver's connection: this ORM's exclusive handle on the shared instance. */
function embeddedDriverOptions(pglite: PGlite, owner: string) {
  const session = exclusiveSession(pglite, owner);
  return { connection: { pglite: () => session } };
}
