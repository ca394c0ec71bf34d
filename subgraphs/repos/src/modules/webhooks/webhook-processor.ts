import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, type Clock, type Job, type JobQueue, type Logger } from '@steward/kernel';
import { REPOS_TOPICS, reposEvent } from '../../repos.events.js';
import { isAnalysed, wantsAnalysis, type AnalysisRequester } from '../auto-analysis/analysis-requester.js';
import { FileCacheRepository } from '../files/file-cache.repository.js';
import { PullRequestRepository } from '../pull-requests/pull-request.repository.js';
import { RepositoryRepository } from '../repositories/repository.repository.js';
import type { DeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookDeliveryRepository } from './webhook-delivery.repository.js';
import { WebhookPayloadError, normalizeDelivery } from './webhook-events.js';

/** The queue whose jobs process one stored delivery each. */
export const WEBHOOK_PROCESS_QUEUE = 'webhook.process';

/** A processing job's data: keys only, the payload stays in its delivery row. */
export interface WebhookJob {
  [key: string]: unknown;
  deliveryId: string;
  organizationId: string;
}

/** What processing needs from its process. */
export interface WebhookProcessorOptions {
  fork: () => EntityManager;
  jobs: JobQueue;
  clock: Clock;
  logger: Logger;
  publish(topic: string, payload: string): void;
  /** Asks analysis for the new heads of pull requests whose repository has auto-analysis on. */
  analysis: AnalysisRequester;
}

/** What one run made of a delivery. */
interface Outcome {
  status: DeliveryStatus;
  action: string | null;
  error: string | null;
  pullRequest: { id: string; changed: boolean } | null;
}

/**
 * Applies stored webhook deliveries, one durable job each: a pull request event creates or moves
 * its pull request (and, with auto-analysis on, queues the analysis of a new open head in the same
 * transaction), a ping or push is acknowledged, other events are kept as IGNORED. A payload
 * that does not say what its event needs fails the delivery for good (retrying cannot fix it);
 * anything else that throws (the database) is retried by the queue, and the delivery is marked
 * FAILED when the last attempt fails.
 */
export class WebhookProcessor {
  constructor(private readonly options: WebhookProcessorOptions) {
    options.jobs.define<WebhookJob>(WEBHOOK_PROCESS_QUEUE, (job) => this.run(job), { retryLimit: 5, retryDelaySeconds: 2, retryBackoff: true, expireInSeconds: 120, concurrency: 4 });
  }

  /**
   * Queues a stored delivery for processing in the caller's transaction (so it runs only if the
   * delivery was stored). One job per delivery and `run` (a redelivery is a new run).
   */
  enqueue(transaction: EntityManager, delivery: { id: string; organizationId: string }, run = 'first'): Promise<string> {
    return this.options.jobs.enqueue<WebhookJob>(WEBHOOK_PROCESS_QUEUE, { deliveryId: delivery.id, organizationId: delivery.organizationId }, { transaction, singletonKey: `${delivery.id}:${run}` });
  }

  private async run(job: Job<WebhookJob>): Promise<void> {
    const { deliveryId, organizationId } = job.data;
    const tenant = TenantScope.of(organizationId);
    const em = this.options.fork();
    const deliveries = new WebhookDeliveryRepository(em, tenant);
    const delivery = await deliveries.startRun(deliveryId);
    // Processed by an earlier run, or reopened and queued again: this job has nothing left to do.
    if (!delivery || delivery.status !== 'RECEIVED' || !delivery.verified) return;
    let outcome: Outcome;
    try {
      outcome = await this.apply(em, tenant, organizationId, delivery);
    } catch (error) {
      if (job.attempt > job.retryLimit) {
        await deliveries.finish(deliveryId, { status: 'FAILED', action: null, error: 'Processing failed after every retry; redeliver it to try again.', pullRequestId: null, at: this.options.clock() });
        this.announce(deliveryId, organizationId, delivery.repositoryId);
      }
      throw error;
    }
    this.options.logger.info('Webhook delivery processed (deliveryId=%s, status=%s)', deliveryId, outcome.status);
    this.announce(deliveryId, organizationId, delivery.repositoryId);
    if (outcome.pullRequest?.changed) {
      this.options.publish(REPOS_TOPICS.pullRequest, reposEvent({ id: outcome.pullRequest.id, organizationId, repositoryId: delivery.repositoryId }));
    }
  }

  private async apply(em: EntityManager, tenant: TenantScope, organizationId: string, delivery: { id: string; repositoryId: string; provider: 'GITHUB' | 'GITLAB'; event: string; payload: unknown }): Promise<Outcome> {
    const now = this.options.clock();
    return em.transactional(async (tx) => {
      const deliveries = new WebhookDeliveryRepository(tx, tenant);
      const [repository] = await new RepositoryRepository(tx, tenant).findByIds([delivery.repositoryId]);
      const finish = async (outcome: Outcome) => {
        await deliveries.finish(delivery.id, { ...outcome, pullRequestId: outcome.pullRequest?.id ?? null, at: now });
        return outcome;
      };
      if (!repository) return finish({ status: 'FAILED', action: null, error: 'The repository is gone.', pullRequest: null });
      let normalized: ReturnType<typeof normalizeDelivery>;
      try {
        normalized = normalizeDelivery(delivery.provider, delivery.event, delivery.payload);
      } catch (error) {
        if (error instanceof WebhookPayloadError) return finish({ status: 'FAILED', action: null, error: error.message, pullRequest: null });
        throw error;
      }
      const { action, event, repositoryFullName } = normalized;
      if (repositoryFullName && repositoryFullName.toLowerCase() !== repository.fullName.toLowerCase()) {
        return finish({ status: 'FAILED', action, error: `The payload is about ${repositoryFullName.slice(0, 300)}, not ${repository.fullName}.`, pullRequest: null });
      }
      switch (event.kind) {
        case 'ignored':
          return finish({ status: 'IGNORED', action, error: null, pullRequest: null });
        case 'ping':
          return finish({ status: 'PROCESSED', action, error: null, pullRequest: null });
        case 'push': {
          // A push moves its branch (or tag): file reads at that ref now see the new commit.
          const ref = event.ref.replace(/^refs\/(?:heads|tags)\//, '');
          const files = new FileCacheRepository(tx, tenant);
          if (event.deleted) await files.dropRefHead(repository.id, ref);
          else await files.recordRefHead({ organizationId, repositoryId: repository.id }, ref, event.headSha, 'PUSH', now);
          return finish({ status: 'PROCESSED', action, error: null, pullRequest: null });
        }
        case 'pullRequest': {
          const pullRequests = new PullRequestRepository(tx, tenant);
          // Copied: applying refreshes the same entity in place.
          const found = isAnalysed(repository) ? await pullRequests.findByNumber(repository.id, event.pullRequest.number) : null;
          const previous = found ? { headSha: found.headSha, state: found.state } : null;
          const applied = await pullRequests.apply({ organizationId, repositoryId: repository.id }, event.pullRequest, randomUUID(), now);
          if (applied.changed && wantsAnalysis(repository, applied.pullRequest, previous)) await this.options.analysis.enqueue(tx, repository, applied.pullRequest);
          return finish({ status: 'PROCESSED', action, error: null, pullRequest: { id: applied.pullRequest.id, changed: applied.changed } });
        }
        default:
          return finish({ status: 'IGNORED', action, error: null, pullRequest: null });
      }
    });
  }

  private announce(deliveryId: string, organizationId: string, repositoryId: string): void {
    this.options.publish(REPOS_TOPICS.webhookDelivery, reposEvent({ id: deliveryId, organizationId, repositoryId }));
  }
}
