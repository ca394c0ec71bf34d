import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  TenantScope,
  allow,
  assembleResolvers,
  busEventFrom,
  createSubgraphOrm,
  encryptionKeyOrDevelopment,
  loadTypeDefs,
  mergeRules,
  serve,
  systemClock,
  type Clock,
  type DatabaseTarget,
  type EventBus,
  type GrantsSource,
  type JobQueue,
  type Logger,
  type QueryCounter,
  type ReferenceDirectory,
  type RouteClient,
  type SubgraphDefinition,
} from '@steward/kernel';
import { createRequestContext, type AnalysisContext, type AnalysisDependencies } from './analysis.context.js';
import type { AnalysisEnv } from './analysis.env.js';
import { ANALYSIS_TOPICS } from './analysis.events.js';
import { analysePullRequestRoute, analysisMeasurementsRoute } from './analysis.routes.js';
import { analysisMigrations } from './migrations/index.js';
import { DiskArtifactStore, type ArtifactStore } from './modules/artifacts/artifact-store.js';
import { ArtifactSchema } from './modules/artifacts/artifact.entity.js';
import { artifactsResolvers } from './modules/artifacts/artifacts.resolvers.js';
import { artifactsRules } from './modules/artifacts/artifacts.rules.js';
import { mountFileRoutes } from './modules/artifacts/files.routes.js';
import { S3ArtifactStore } from './modules/artifacts/s3-artifact-store.js';
import { LinkSigner } from './modules/artifacts/signed-links.js';
import { FindingSchema } from './modules/findings/finding.entity.js';
import { FindingRepository } from './modules/findings/finding.repository.js';
import { findingCountsOf, measurementsOf } from './modules/findings/finding.service.js';
import { findingsResolvers } from './modules/findings/findings.resolvers.js';
import { findingsRules } from './modules/findings/findings.rules.js';
import { AnalysisSessionSchema, AnalysisTaskSchema } from './modules/sessions/session.entity.js';
import { SessionRepository } from './modules/sessions/session.repository.js';
import { sessionsResolvers } from './modules/sessions/sessions.resolvers.js';
import { sessionsRules } from './modules/sessions/sessions.rules.js';
import { RepositorySources } from './modules/sources/repository-sources.js';
import { SourceWorkspace } from './modules/sources/source-workspace.js';
import { REVIEW_QUEUE, ReviewPublisher, type ReviewJobData } from './modules/tasks/review-publisher.js';
import { shippedAnalyzers } from './modules/tasks/analyzers.js';
import type { AnalyzerCatalogue } from './modules/tasks/analyzer-registry.js';
import { CancellationRegistry } from './modules/tasks/cancellation.js';
import { SessionFinisher, type FinishJobData } from './modules/tasks/session-finisher.js';
import { FINISH_QUEUE, MAX_TASK_ATTEMPTS, TASK_QUEUE, TaskRunner, type TaskJobData } from './modules/tasks/task-runner.js';

/** The folder whose `*.graphql` files make analysis's SDL. */
export const ANALYSIS_SDL_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The artifact store the environment names: an S3-compatible bucket, else a folder on disk. */
export function artifactStoreOf(env: AnalysisEnv & { STEWARD_DATA_DIR: string }): ArtifactStore {
  if (env.ANALYSIS_S3_BUCKET) {
    return new S3ArtifactStore({ bucket: env.ANALYSIS_S3_BUCKET, region: env.ANALYSIS_S3_REGION, endpoint: env.ANALYSIS_S3_ENDPOINT, forcePathStyle: env.ANALYSIS_S3_FORCE_PATH_STYLE });
  }
  return new DiskArtifactStore(join(env.STEWARD_DATA_DIR, 'analysis', 'artifacts'));
}

/**
 * Builds the analysis subgraph on a database: migrates, opens its queues (one job per task, one to
 * end each session), mounts the upload and download routes and wires the modules. In a worker
 * process the same build works the queues; the HTTP parts are never served.
 */
export async function createAnalysisSubgraph(options: {
  env: AnalysisEnv & { NODE_ENV: string; STEWARD_DATA_DIR: string };
  database: DatabaseTarget;
  logger: Logger;
  bus: EventBus;
  grants: GrantsSource;
  directory: ReferenceDirectory;
  production: boolean;
  role?: 'server' | 'worker';
  jobs: () => Promise<JobQueue>;
  clock?: Clock;
  /** Replaces the artifact store the environment names (tests). */
  store?: ArtifactStore;
  /** Replaces the shipped analyzers (tests). */
  analyzers?: AnalyzerCatalogue;
  /** Other subgraphs' internal routes: repos (repositories, archives, reviews) and projects (gates). */
  routes: RouteClient;
}): Promise<SubgraphDefinition<AnalysisContext> & { queries: QueryCounter }> {
  const { env, logger, bus } = options;
  const clock = options.clock ?? systemClock;
  const signingKey = encryptionKeyOrDevelopment({ variable: 'ANALYSIS_SIGNING_KEY', key: env.ANALYSIS_SIGNING_KEY, owner: 'analysis', nodeEnv: env.NODE_ENV, logger, protects: 'upload and download links' });
  const { orm, queries } = await createSubgraphOrm({
    name: 'analysis',
    entities: [AnalysisSessionSchema, AnalysisTaskSchema, ArtifactSchema, FindingSchema],
    migrations: analysisMigrations,
    database: options.database,
    logger,
  });
  const fork = () => orm.em.fork() as EntityManager;
  const publish = (topic: string, payload: string) => {
    bus.publish(topic, payload).catch((error: unknown) => logger.warn({ err: error }, 'Publishing failed (topic=%s)', topic));
  };
  const workDir = env.ANALYSIS_WORK_DIR ?? join(env.STEWARD_DATA_DIR, 'analysis', 'work');
  const scratch = join(workDir, 'scratch');
  const store = options.store ?? artifactStoreOf(env);
  const workspace = new SourceWorkspace(store, workDir, { maxFiles: env.ANALYSIS_MAX_FILES, maxTotalBytes: env.ANALYSIS_MAX_UNPACKED_BYTES, maxFileBytes: env.ANALYSIS_MAX_UNPACKED_BYTES });
  const analyzers = options.analyzers ?? shippedAnalyzers();
  const signer = new LinkSigner(signingKey, env.ANALYSIS_PUBLIC_URL);
  const jobs = await options.jobs();
  const cancellations = new CancellationRegistry();
  const sources = new RepositorySources({ fork, routes: options.routes, store, workspace, scratch, clock, maxBytes: env.ANALYSIS_MAX_ARCHIVE_BYTES });
  const runner = new TaskRunner({ fork, store, scratch, workspace, analyzers, jobs, clock, logger: logger.child({ component: 'analysis-tasks' }), publish, cancellations, sources, routes: options.routes });
  const finisher = new SessionFinisher({ fork, directory: options.directory, clock, logger: logger.child({ component: 'analysis-sessions' }), publish, jobs });
  const reviews = new ReviewPublisher({ fork, routes: options.routes, clock, logger: logger.child({ component: 'analysis-reviews' }) });
  jobs.define<TaskJobData>(TASK_QUEUE, (job) => runner.run(job), { retryLimit: MAX_TASK_ATTEMPTS, retryDelaySeconds: 2, retryBackoff: true, expireInSeconds: env.ANALYSIS_TASK_TIMEOUT_SECONDS, concurrency: env.ANALYSIS_TASK_CONCURRENCY });
  jobs.define<FinishJobData>(FINISH_QUEUE, (job) => finisher.finish(job), { retryLimit: 10, retryDelaySeconds: 2, retryBackoff: true, expireInSeconds: 120 });
  jobs.define<ReviewJobData>(REVIEW_QUEUE, (job) => reviews.publish(job), { retryLimit: 10, retryDelaySeconds: 5, retryBackoff: true, expireInSeconds: 120 });
  // Every process aborts its own runs of a cancelled session's tasks.
  const unsubscribe = await bus.subscribe(ANALYSIS_TOPICS.cancelled, (payload) => {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    const event = busEventFrom(parsed);
    if (event) cancellations.cancelSession(event.id);
  });
  if (env.ANALYSIS_PROCESS_TASKS || options.role === 'worker') await jobs.start();
  const dependencies: AnalysisDependencies = {
    grants: options.grants, clock, directory: options.directory, store, signer, analyzers, jobs, publish, routes: options.routes,
    uploads: { maxArchiveBytes: env.ANALYSIS_MAX_ARCHIVE_BYTES, maxReportBytes: env.ANALYSIS_MAX_REPORT_BYTES, linkTtlSeconds: env.ANALYSIS_LINK_TTL_SECONDS },
  };

  return {
    name: 'analysis',
    queries,
    typeDefs: loadTypeDefs(ANALYSIS_SDL_DIR),
    resolvers: assembleResolvers([sessionsResolvers, artifactsResolvers, findingsResolvers]),
    rules: mergeRules([sessionsRules, artifactsRules, findingsRules, { PageInfo: allow }]),
    createContext: (base) => createRequestContext(base, fork(), dependencies),
    routes: (app) => mountFileRoutes(app, { fork, store, signer, workspace, scratch, clock, logger: logger.child({ component: 'analysis-files' }) }),
    internalRoutes: [
      serve(analysePullRequestRoute, async (input, call) => {
        const context = createRequestContext({ requestId: randomUUID(), caller: call.identity.caller, client: call.identity.client, logger: call.logger }, fork(), dependencies);
        return { sessionId: (await context.sessions.startForPullRequest(input)).id };
      }),
      serve(analysisMeasurementsRoute, async ({ organizationId, versionIds }) => {
        const tenant = TenantScope.of(organizationId);
        const latest = await new SessionRepository(fork(), tenant).latestFinishedByVersion(versionIds);
        const counts = await new FindingRepository(fork(), tenant).countsBySession([...latest.values()].map((session) => session.id), clock());
        return { versions: [...latest].map(([versionId, session]) => ({ versionId, ...measurementsOf(session, counts.get(session.id) ?? []), findings: findingCountsOf(counts.get(session.id) ?? []) })) };
      }),
    ],
    readiness: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    async close() {
      await unsubscribe();
      await jobs.stop();
      if (store instanceof S3ArtifactStore) store.close();
      await orm.close();
    },
  };
}
