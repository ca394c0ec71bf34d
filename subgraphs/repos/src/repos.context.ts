import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessControl, type BaseRequestContext, type Clock, type GrantsSource, type Logger, type SecretBox } from '@steward/kernel';
import { FileService, type FileCacheSettings } from './modules/files/file.service.js';
import { PullRequestService } from './modules/pull-requests/pull-request.service.js';
import { createPullRequestLoaders, type PullRequestLoaders } from './modules/pull-requests/pull-request.loaders.js';
import { createRepositoryLoaders, type RepositoryLoaders } from './modules/repositories/repository.loaders.js';
import { RepositoryService, type ProjectDirectory } from './modules/repositories/repository.service.js';
import { createReviewLoaders, type ReviewLoaders } from './modules/reviews/review.loaders.js';
import type { ReviewPublisher } from './modules/reviews/review-publisher.js';
import { ReviewService } from './modules/reviews/review.service.js';
import { createDeliveryLoaders, type DeliveryLoaders } from './modules/webhooks/webhook-delivery.loaders.js';
import { WebhookDeliveryService } from './modules/webhooks/webhook-delivery.service.js';
import type { WebhookProcessor } from './modules/webhooks/webhook-processor.js';

/** Every per-request loader of the subgraph. */
export type ReposLoaders = RepositoryLoaders & PullRequestLoaders & DeliveryLoaders & ReviewLoaders;

/** What lives as long as the process and every request's context is built from. */
export interface ReposDependencies {
  grants: GrantsSource;
  clock: Clock;
  /** Seals access tokens and webhook secrets (bound to the repository's id). */
  box: SecretBox;
  /** The origin webhook URLs are shown on. */
  webhookPublicUrl: string;
  /** Whether a project id names a project of an organization (projects' internal route). */
  projects: ProjectDirectory;
  /** Queues stored deliveries for processing. */
  processor: WebhookProcessor;
  /** Queues stored reviews for publishing to the provider. */
  publisher: ReviewPublisher;
  /** Announces an event on the bus without waiting: subscribers must not slow a mutation down or fail it. */
  publish(topic: string, payload: string): void;
  /** How repository files are read from providers and kept. */
  files: FileCacheSettings;
}

/** What the services of one request share, built once per request. */
export interface ServiceScope extends Omit<ReposDependencies, 'grants'> {
  em: EntityManager;
  access: AccessControl;
  loaders: ReposLoaders;
  logger: Logger;
}

/** Per-request context of the repos subgraph. */
export interface ReposContext extends BaseRequestContext {
  access: AccessControl;
  repositories: RepositoryService;
  pullRequests: PullRequestService;
  deliveries: WebhookDeliveryService;
  reviews: ReviewService;
  files: FileService;
}

/** Builds one request's context on its own ORM fork: the caller's access, the loaders, the service scope and the services. */
export function createRequestContext(base: BaseRequestContext, em: EntityManager, dependencies: ReposDependencies): ReposContext {
  const { grants, ...shared } = dependencies;
  const access = new AccessControl(base.caller, grants);
  const loaders = { ...createRepositoryLoaders(em, access), ...createPullRequestLoaders(em, access), ...createDeliveryLoaders(em, access), ...createReviewLoaders(em, access) };
  const scope: ServiceScope = { ...shared, em, access, loaders, logger: base.logger };
  const repositories = new RepositoryService(scope);
  return {
    ...base,
    access,
    repositories,
    pullRequests: new PullRequestService(scope, repositories),
    deliveries: new WebhookDeliveryService(scope, repositories),
    reviews: new ReviewService(scope, repositories),
    files: new FileService(scope, dependencies.files),
  };
}
