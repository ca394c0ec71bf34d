import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessControl, type BaseRequestContext, type Clock, type GrantsSource, type JobQueue, type Logger, type ReferenceDirectory, type RouteClient } from '@steward/kernel';
import { createAnalysisLoaders, type AnalysisLoaders } from './analysis.loaders.js';
import type { ArtifactStore } from './modules/artifacts/artifact-store.js';
import { ArtifactService } from './modules/artifacts/artifact.service.js';
import type { LinkSigner } from './modules/artifacts/signed-links.js';
import { FindingService } from './modules/findings/finding.service.js';
import { SessionService } from './modules/sessions/session.service.js';
import type { AnalyzerCatalogue } from './modules/tasks/analyzer-registry.js';

/** Limits and links of uploads. */
export interface UploadSettings {
  maxArchiveBytes: number;
  maxReportBytes: number;
  linkTtlSeconds: number;
}

/** What lives as long as the process and every request's context is built from. */
export interface AnalysisDependencies {
  grants: GrantsSource;
  clock: Clock;
  /** Whether projects and versions are the organization's, and which version is in production (projects). */
  directory: ReferenceDirectory;
  store: ArtifactStore;
  signer: LinkSigner;
  uploads: UploadSettings;
  analyzers: AnalyzerCatalogue;
  jobs: JobQueue;
  /** Other subgraphs' internal routes (repos: repositories of the organization). */
  routes: RouteClient;
  /** Announces an event on the bus without waiting. */
  publish(topic: string, payload: string): void;
}

/** What the services of one request share. */
export interface ServiceScope extends Omit<AnalysisDependencies, 'grants'> {
  em: EntityManager;
  access: AccessControl;
  loaders: AnalysisLoaders;
  logger: Logger;
}

/** Per-request context of the analysis subgraph. */
export interface AnalysisContext extends BaseRequestContext {
  access: AccessControl;
  sessions: SessionService;
  artifacts: ArtifactService;
  findings: FindingService;
}

export function createRequestContext(base: BaseRequestContext, em: EntityManager, dependencies: AnalysisDependencies): AnalysisContext {
  const { grants, ...shared } = dependencies;
  const access = new AccessControl(base.caller, grants);
  const loaders = createAnalysisLoaders(em, access, dependencies.directory, dependencies.clock);
  const scope: ServiceScope = { ...shared, em, access, loaders, logger: base.logger };
  return { ...base, access, sessions: new SessionService(scope), artifacts: new ArtifactService(scope), findings: new FindingService(scope) };
}
