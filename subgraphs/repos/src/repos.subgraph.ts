import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  SecretBox,
  allow,
  assembleResolvers,
  createSubgraphOrm,
  encryptionKeyOrDevelopment,
  loadTypeDefs,
  mergeRules,
  serve,
  TenantScope,
  systemClock,
  type Clock,
  type DatabaseTarget,
  type EventBus,
  type GrantsSource,
  type JobQueue,
  type Logger,
  type QueryCounter,
  type RouteClient,
  type SubgraphDefinition,
} from '@steward/kernel';
import { reposMigrations } from './migrations/index.js';
import { AnalysisRequester } from './modules/auto-analysis/analysis-requester.js';
import { mountArchiveRoute } from './modules/files/archive-route.js';
import { filesResolvers } from './modules/files/files.resolvers.js';
import { filesRules } from './modules/files/files.rules.js';
import { providerClientFor } from './modules/providers/provider-client.js';
import { PullRequestSchema } from './modules/pull-requests/pull-request.entity.js';
import { pullRequestChangesRoutes } from './modules/pull-requests/pull-request-changes.route.js';
import { accessTokenOf } from './modules/repositories/repository.service.js';
import { pullRequestsResolvers } from './modules/pull-requests/pull-requests.resolvers.js';
import { pullRequestsRules } from './modules/pull-requests/pull-requests.rules.js';
import { RepositorySchema, type Repository } from './modules/repositories/repository.entity.js';
import type { ProjectDirectory } from './modules/repositories/repository.service.js';
import { repositoriesResolvers } from './modules/repositories/repositories.resolvers.js';
import { repositoriesRules } from './modules/repositories/repositories.rules.js';
import { CheckRunSchema } from './modules/reviews/check-run.entity.js';
import { ReviewCommentSchema } from './modules/reviews/review-comment.entity.js';
import { ReviewPublisher } from './modules/reviews/review-publisher.js';
import { reviewsResolvers } from './modules/reviews/reviews.resolvers.js';
import { reviewsRules } from './modules/reviews/reviews.rules.js';
import { WebhookDeliverySchema } from './modules/webhooks/webhook-delivery.entity.js';
import { mountWebhookIngress } from './modules/webhooks/webhook-ingress.js';
import { WebhookProcessor } from './modules/webhooks/webhook-processor.js';
import { webhooksResolvers } from './modules/webhooks/webhooks.resolvers.js';
import { webhooksRules } from './modules/webhooks/webhooks.rules.js';
import { publishAnalysisReviewRoute, repositoryLookupRoute } from './repos.routes.js';
import { RepositoryRepository } from './modules/repositories/repository.repository.js';
import { createRequestContext, type ReposContext, type ReposDependencies } from './repos.context.js';
import type { ReposEnv } from './repos.env.js';

/** The folder whose `*.graphql` files make repos' SDL. */
export const REPOS_SDL_DIR = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the repos subgraph on a database: migrates, opens its job queues (webhook processing,
 * review publishing, analysis requests), mounts the webhook ingress and the source archive route,
 * and wires the modules. In a worker process the same build works the queues; the HTTP parts are
 * simply never served.
 */
export async function createReposSubgraph(options: {
  env: ReposEnv & { NODE_ENV: string };
  database: DatabaseTarget;
  logger: Logger;
  bus: EventBus;
  grants: GrantsSource;
  projects: ProjectDirectory;
  /** Calls other subgraphs' internal routes as repos (analysis, to analyse pull request heads). */
  routes: Pick<RouteClient, 'find' | 'locates'>;
  production: boolean;
  /** `worker` when built by `npm run worker` (the queue is always worked there). */
  role?: 'server' | 'worker';
  /** Repos' queues on its process's job queue (webhook processing, review publishing, analysis requests). */
  jobs: () => Promise<JobQueue>;
  clock?: Clock;
}): Promise<SubgraphDefinition<ReposContext> & { queries: QueryCounter }> {
  const { env, logger, bus } = options;
  const clock = options.clock ?? systemClock;
  // Before anything starts: production refuses to start without the key.
  const box = new SecretBox(
    encryptionKeyOrDevelopment({ variable: 'REPOS_ENCRYPTION_KEY', key: env.REPOS_ENCRYPTION_KEY, owner: 'repos', nodeEnv: env.NODE_ENV, logger, protects: 'repository access tokens and webhook secrets' }),
  );
  const { orm, queries } = await createSubgraphOrm({ name: 'repos', entities: [RepositorySchema, WebhookDeliverySchema, PullRequestSchema, ReviewCommentSchema, CheckRunSchema], migrations: reposMigrations, database: options.database, logger });
  const fork = () => orm.em.fork() as EntityManager;
  // Subscribers must not slow a webhook or a mutation down or fail it: publishing is fire-and-forget, failures are logged.
  const publish = (topic: string, payload: string) => {
    bus.publish(topic, payload).catch((error: unknown) => logger.warn({ err: error }, 'Publishing failed (topic=%s)', topic));
  };
  // After the key checks above: a process refused for configuration opens no connection first.
  const jobs = await options.jobs();
  const analysis = new AnalysisRequester({ fork, jobs, routes: options.routes, logger: logger.child({ component: 'auto-analysis' }) });
  const processor = new WebhookProcessor({ fork, jobs, clock, logger: logger.child({ component: 'webhooks' }), publish, analysis });
  const publisher = new ReviewPublisher({ fork, jobs, clock, box, logger: logger.child({ component: 'reviews' }), publish, providerTimeoutMs: env.REPOS_PROVIDER_TIMEOUT_MS });
  // A worker process (no HTTP) always works the queues; a server does unless told to leave them to workers.
  if (env.REPOS_PROCESS_WEBHOOKS || options.role === 'worker') await jobs.start();
  const clientFor = (repository: Repository) => {
    const token = accessTokenOf(box, repository);
    return token ? providerClientFor({ provider: repository.provider, apiBaseUrl: repository.apiBaseUrl, fullName: repository.fullName, token }, { timeoutMs: env.REPOS_PROVIDER_TIMEOUT_MS, clock }) : null;
  };
  const dependencies: ReposDependencies = { grants: options.grants, clock, box, webhookPublicUrl: env.WEBHOOK_PUBLIC_URL, projects: options.projects, processor, publisher, publish,
    files: {
      clientFor,
      ttlSeconds: env.REPOS_FILE_CACHE_TTL_SECONDS,
      refTtlSeconds: env.REPOS_REF_CACHE_SECONDS,
    },
  };

  return {
    name: 'repos',
    queries,
    typeDefs: loadTypeDefs(REPOS_SDL_DIR),
    resolvers: assembleResolvers([repositoriesResolvers, pullRequestsResolvers, webhooksResolvers, reviewsResolvers, filesResolvers]),
    rules: mergeRules([repositoriesRules, pullRequestsRules, webhooksRules, reviewsRules, filesRules, { PageInfo: allow }]),
    createContext: (base) => createRequestContext(base, fork(), dependencies),
    routes: (app, { requireInternal }) => {
      mountWebhookIngress(app, { fork, box, processor, clock, logger: logger.child({ component: 'webhook-ingress' }), maxBytes: env.WEBHOOK_MAX_BYTES, toleranceSeconds: env.WEBHOOK_TIMESTAMP_TOLERANCE_SECONDS, publish });
      mountArchiveRoute(app, requireInternal, { fork, clientFor, clock, logger: logger.child({ component: 'archives' }) });
    },
    internalRoutes: [
      serve(repositoryLookupRoute, async ({ organizationId, repositoryIds }) => ({
        repositoryIds: (await new RepositoryRepository(fork(), TenantScope.of(organizationId)).findByIds(repositoryIds)).map((repository) => repository.id),
      })),
      // The calling service's own request context: the review is recorded exactly as `publishReview` records one.
      serve(publishAnalysisReviewRoute, (input, call) =>
        createRequestContext({ requestId: randomUUID(), caller: call.identity.caller, client: call.identity.client, logger: call.logger }, fork(), dependencies).reviews.publishAnalysis(input),
      ),
      ...pullRequestChangesRoutes({ fork, clientFor: dependencies.files.clientFor }),
    ],
    readiness: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    async close() {
      await jobs.stop();
      await orm.close();
    },
  };
}
