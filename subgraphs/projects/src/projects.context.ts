import type { EntityManager } from '@mikro-orm/core';
import type { AccessControl, BaseRequestContext } from '@steward/kernel';
import type { CompareService } from './modules/compare/compare.service.js';
import type { GateLoaders } from './modules/gates/gate.loaders.js';
import type { GateService } from './modules/gates/gate.service.js';
import type { ProjectLoaders } from './modules/projects/project.loaders.js';
import type { ProjectService } from './modules/projects/project.service.js';
import type { VersionLoaders } from './modules/versions/version.loaders.js';
import type { VersionService } from './modules/versions/version.service.js';

/** Every per-request loader of the subgraph. */
export type ProjectsLoaders = ProjectLoaders & VersionLoaders & GateLoaders;

/** What the services of one request share: the ORM fork, the caller's access and the loaders. */
export interface ServiceScope {
  em: EntityManager;
  access: AccessControl;
  loaders: ProjectsLoaders;
  /** The principal key (`user:<id>` / `apikey:<id>`) recorded as the author of changes, or null for anonymous callers. */
  actor: string | null;
  logger: BaseRequestContext['logger'];
}

/** Per-request context of the projects subgraph. */
export interface ProjectsContext extends BaseRequestContext {
  em: EntityManager;
  access: AccessControl;
  loaders: ProjectsLoaders;
  projects: ProjectService;
  versions: VersionService;
  gates: GateService;
  comparisons: CompareService;
}
