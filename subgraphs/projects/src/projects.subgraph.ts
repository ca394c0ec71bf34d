import { NO_PROMOTION_POLICY, type PromotionPolicy } from './modules/versions/promotion-policy.js';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  assembleResolvers,
  createSubgraphOrm,
  loadTypeDefs,
  mergeRules,
  QueryCounter,
  systemClock,
  type Clock,
  type DatabaseTarget,
  type EventBus,
  type GrantsSource,
  type Logger,
  type SubgraphDefinition,
} from '@steward/kernel';
import { projectsMigrations } from './migrations/index.js';
import { compareResolvers } from './modules/compare/compare.resolvers.js';
import { compareRules } from './modules/compare/compare.rules.js';
import { BaselineSchema } from './modules/gates/baseline.entity.js';
import { gatesResolvers } from './modules/gates/gates.resolvers.js';
import { gatesRules } from './modules/gates/gates.rules.js';
import { NO_LIVE_MEASUREMENTS, type LiveMeasurementsSource } from './modules/gates/live-measurements.source.js';
import { NO_REPOSITORIES, type RepositoryDirectory } from './modules/versions/repository-directory.js';
import { MeasurementSchema } from './modules/gates/measurement.entity.js';
import { ProjectSchema } from './modules/projects/project.entity.js';
import { projectLookupRoutes } from './modules/projects/project-lookup.routes.js';
import { gateRoutes } from './modules/gates/gate.routes.js';
import { projectsResolvers } from './modules/projects/projects.resolvers.js';
import { projectsRules } from './modules/projects/projects.rules.js';
import { VersionTransitionSchema } from './modules/versions/version-transition.entity.js';
import { ProjectVersionSchema } from './modules/versions/version.entity.js';
import { versionsResolvers } from './modules/versions/versions.resolvers.js';
import { versionsRules } from './modules/versions/versions.rules.js';
import { createRequestContext, type ProjectsContext } from './projects.context.js';

/** The folder whose `*.graphql` files make projects' SDL (read by the compose script too). */
export const PROJECTS_SDL_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The projects subgraph, plus its SQL statement counter (tests prove lists issue a constant number of statements). */
export interface ProjectsSubgraph extends SubgraphDefinition<ProjectsContext> {
  queries: QueryCounter;
}

/** A fresh fork of the ORM as the SQL entity manager repositories are built on (both drivers, PostgreSQL and PGlite, are SQL drivers). */
function forkOf(orm: MikroORM): EntityManager {
  const em = orm.em.fork();
  if (!(em instanceof EntityManager)) throw new Error('The projects subgraph needs an SQL driver.');
  return em;
}

/**
 * Builds the projects subgraph on a database: migrates and wires the modules. `grants` answers
 * what a caller may do in each organization (organizations' HTTP endpoint behind a cache in
 * production); `bus` carries version stage changes to whoever listens.
 */
export async function createProjectsSubgraph(options: {
  database: DatabaseTarget;
  logger: Logger;
  grants: GrantsSource;
  bus: EventBus;
  /** Live gate values from the metrics and analysis subgraphs for promotions and comparisons (recorded values only when absent). */
  liveMeasurements?: LiveMeasurementsSource;
  /** The repos subgraph's answer to "is this a repository of that organization?" (none when absent). */
  repositories?: RepositoryDirectory;
  /** The policy subgraph's answer to "may this promotion go ahead?" (every promotion allowed when absent). */
  promotionPolicy?: PromotionPolicy;
  clock?: Clock;
}): Promise<ProjectsSubgraph> {
  const { logger, bus } = options;
  const { orm } = await createSubgraphOrm({
    name: 'projects',
    entities: [ProjectSchema, ProjectVersionSchema, VersionTransitionSchema, BaselineSchema, MeasurementSchema],
    migrations: projectsMigrations,
    database: options.database,
    logger,
  });
  // The ORM's counter sees only what MikroORM logs, and the read paths run raw SQL (`TenantRepository.sql`):
  // statements are counted where both pass, in knex.
  const queries = new QueryCounter();
  forkOf(orm).getConnection().getKnex().on('query', (query: { sql: string }) => queries.record(query.sql));
  const dependencies = {
    grants: options.grants,
    clock: options.clock ?? systemClock,
    live: options.liveMeasurements ?? NO_LIVE_MEASUREMENTS,
    repositories: options.repositories ?? NO_REPOSITORIES,
    promotionPolicy: options.promotionPolicy ?? NO_PROMOTION_POLICY,
    // Subscribers must not slow a mutation down or fail it: publishing is fire-and-forget, failures are logged.
    publish: (topic: string, payload: string) => {
      bus.publish(topic, payload).catch((error: unknown) => logger.warn({ err: error }, 'Publishing failed (topic=%s)', topic));
    },
  };

  return {
    name: 'projects',
    queries,
    typeDefs: loadTypeDefs(PROJECTS_SDL_DIR),
    resolvers: assembleResolvers([projectsResolvers, versionsResolvers, gatesResolvers, compareResolvers]),
    rules: mergeRules([projectsRules, versionsRules, gatesRules, compareRules]),
    createContext: (base) => createRequestContext(base, forkOf(orm), dependencies),
    readiness: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    internalRoutes: [...projectLookupRoutes(() => forkOf(orm)), ...gateRoutes(() => forkOf(orm))],
    close: () => orm.close(),
  };
}
