import { fileURLToPath } from 'node:url';
import {
  AccessControl,
  DateTimeScalar,
  JsonScalar,
  assembleResolvers,
  createSubgraphOrm,
  loadTypeDefs,
  mergeRules,
  principalOf,
  type DatabaseTarget,
  type EventBus,
  type GrantsSource,
  type Logger,
  type QueryCounter,
  type SubgraphDefinition,
} from '@steward/kernel';
import { projectsMigrations } from './migrations/index.js';
import { compareResolvers } from './modules/compare/compare.resolvers.js';
import { compareRules } from './modules/compare/compare.rules.js';
import { CompareService } from './modules/compare/compare.service.js';
import { BaselineSchema } from './modules/gates/baseline.entity.js';
import { createGateLoaders } from './modules/gates/gate.loaders.js';
import { GateService } from './modules/gates/gate.service.js';
import { gatesResolvers } from './modules/gates/gates.resolvers.js';
import { gatesRules } from './modules/gates/gates.rules.js';
import { NO_LIVE_MEASUREMENTS, type LiveMeasurementsSource } from './modules/gates/live-measurements.source.js';
import { MeasurementSchema } from './modules/gates/measurement.entity.js';
import { ProjectSchema } from './modules/projects/project.entity.js';
import { projectLookupRoutes } from './modules/projects/project-lookup.routes.js';
import { createProjectLoaders } from './modules/projects/project.loaders.js';
import { ProjectService } from './modules/projects/project.service.js';
import { projectsResolvers } from './modules/projects/projects.resolvers.js';
import { projectsRules } from './modules/projects/projects.rules.js';
import { VersionTransitionSchema } from './modules/versions/version-transition.entity.js';
import { ProjectVersionSchema } from './modules/versions/version.entity.js';
import { createVersionLoaders } from './modules/versions/version.loaders.js';
import { VersionService } from './modules/versions/version.service.js';
import { versionsResolvers } from './modules/versions/versions.resolvers.js';
import { versionsRules } from './modules/versions/versions.rules.js';
import type { ProjectsContext, ServiceScope } from './projects.context.js';
import { readableScope } from './tenancy.js';

/** The folder whose `*.graphql` files make projects' SDL (read by the compose script too). */
export const PROJECTS_SDL_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The projects subgraph, plus its SQL statement counter (tests prove lists issue a constant number of statements). */
export interface ProjectsSubgraph extends SubgraphDefinition<ProjectsContext> {
  queries: QueryCounter;
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
  /** Live gate values from the metrics subgraph for promotions and comparisons (recorded values only when absent). */
  liveMeasurements?: LiveMeasurementsSource;
}): Promise<ProjectsSubgraph> {
  const { logger, grants, bus } = options;
  const { orm, queries } = await createSubgraphOrm({
    name: 'projects',
    entities: [ProjectSchema, ProjectVersionSchema, VersionTransitionSchema, BaselineSchema, MeasurementSchema],
    migrations: projectsMigrations,
    database: options.database,
    logger,
  });
  // Subscribers must not slow a mutation down or fail it: publishing is fire-and-forget, failures are logged.
  const publish = (topic: string, payload: string) => {
    bus.publish(topic, payload).catch((error: unknown) => logger.warn({ err: error }, 'Publishing failed (topic=%s)', topic));
  };

  return {
    name: 'projects',
    queries,
    typeDefs: loadTypeDefs(PROJECTS_SDL_DIR),
    resolvers: assembleResolvers([{ DateTime: DateTimeScalar, JSON: JsonScalar }, projectsResolvers, versionsResolvers, gatesResolvers, compareResolvers]),
    rules: mergeRules([projectsRules, versionsRules, gatesRules, compareRules]),
    createContext(base) {
      const em = orm.em.fork();
      const access = new AccessControl(base.caller, grants);
      const readable = readableScope(access);
      const loaders = { ...createProjectLoaders(em, readable), ...createVersionLoaders(em, readable), ...createGateLoaders(em, readable) };
      const scope: ServiceScope = { em, access, loaders, actor: principalOf(base.caller), logger: base.logger };
      const projects = new ProjectService(scope);
      const gates = new GateService(scope, projects, options.liveMeasurements ?? NO_LIVE_MEASUREMENTS);
      const versions = new VersionService(scope, projects, gates, publish);
      return { ...base, em, access, loaders, projects, gates, versions, comparisons: new CompareService(scope, versions, gates) };
    },
    readiness: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    internalRoutes: projectLookupRoutes(() => orm.em.fork()),
    close: () => orm.close(),
  };
}
