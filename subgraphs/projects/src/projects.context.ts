import type { PromotionPolicy } from './modules/versions/promotion-policy.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessControl, type BaseRequestContext, type Clock, type GrantsSource, type Logger } from '@steward/kernel';
import { CompareService } from './modules/compare/compare.service.js';
import { createGateLoaders, type GateLoaders } from './modules/gates/gate.loaders.js';
import { GateService } from './modules/gates/gate.service.js';
import type { LiveMeasurementsSource } from './modules/gates/live-measurements.source.js';
import type { RepositoryDirectory } from './modules/versions/repository-directory.js';
import { createProjectLoaders, type ProjectLoaders } from './modules/projects/project.loaders.js';
import { ProjectService } from './modules/projects/project.service.js';
import { createVersionLoaders, type VersionLoaders } from './modules/versions/version.loaders.js';
import { VersionService } from './modules/versions/version.service.js';

/** Every per-request loader of the subgraph. */
export type ProjectsLoaders = ProjectLoaders & VersionLoaders & GateLoaders;

/** What lives as long as the process and every request's context is built from. */
export interface ProjectsDependencies {
  /** What a caller may do in each organization (organizations' internal route behind a cache). */
  grants: GrantsSource;
  clock: Clock;
  /** Announces an event on the bus without waiting: subscribers must not slow a mutation down or fail it. */
  publish(topic: string, payload: string): void;
  /** Live gate values (and findings) from the metrics and analysis subgraphs for promotions and comparisons. */
  live: LiveMeasurementsSource;
  /** Whether repository ids belong to an organization (a version's source revision). */
  repositories: RepositoryDirectory;
  /** Whether the organization's policies allow a promotion (the policy subgraph). */
  promotionPolicy: PromotionPolicy;
}

/** What the services of one request share, built once per request. */
export interface ServiceScope extends Omit<ProjectsDependencies, 'grants'> {
  /** The request's ORM fork: services open transactions on it and build repositories on the transaction's fork. */
  em: EntityManager;
  /** The caller's grants: services assert with it first, and get the tenant scope of their repositories from it. */
  access: AccessControl;
  /** The request's loaders; {@link forgetReads} replaces them. */
  loaders: ProjectsLoaders;
  logger: Logger;
  /**
   * Drops what the request has read so far (new loaders): call it after a change commits. Loaders
   * hold plain rows, not entities the change updated in place, so reads later in the request (a
   * mutation's payload, the next mutation) would otherwise see the rows as they were before it.
   */
  forgetReads(): void;
}

/** Per-request context of the projects subgraph. */
export interface ProjectsContext extends BaseRequestContext {
  /** The caller's grants, for shield rules. */
  access: AccessControl;
  projects: ProjectService;
  versions: VersionService;
  gates: GateService;
  comparisons: CompareService;
}

/** Builds one request's context on its own ORM fork: the caller's access, the loaders, the service scope and the services. */
export function createRequestContext(base: BaseRequestContext, em: EntityManager, dependencies: ProjectsDependencies): ProjectsContext {
  const { grants, ...shared } = dependencies;
  const access = new AccessControl(base.caller, grants);
  const newLoaders = (): ProjectsLoaders => ({ ...createProjectLoaders(em, access), ...createVersionLoaders(em, access), ...createGateLoaders(em, access) });
  const scope: ServiceScope = {
    ...shared,
    em,
    access,
    loaders: newLoaders(),
    logger: base.logger,
    forgetReads: () => {
      scope.loaders = newLoaders();
    },
  };
  const projects = new ProjectService(scope);
  const gates = new GateService(scope, projects);
  const versions = new VersionService(scope, projects, gates);
  return { ...base, access, projects, versions, gates, comparisons: new CompareService(scope, versions, gates) };
}
