import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, type Job, type JobQueue, type JobTransaction, type Logger } from '@steward/kernel';
import { LlmRequestRepository } from '../ingest/llm-request.repository.js';
import type { UsagePolicy } from './usage-policy.js';

/** The queue of recorded usage waiting to be judged by policy. */
export const USAGE_POLICY_QUEUE = 'usage.policy-check';

/** One ingest call's newly recorded requests, by request id. */
interface UsagePolicyJob extends Record<string, unknown> {
  organizationId: string;
  requestIds: string[];
}

/**
 * Has every newly recorded request judged by the organization's COST and USAGE policies, after the
 * fact (usage is never refused). The job is written in the ingest transaction, so an accepted
 * record is judged even when the process dies right after answering; while policy cannot be
 * reached the job waits and retries with backoff (the pending job is the record's flag). Policy
 * raises each violation once per request id, so a retry or a parallel ingest never doubles one.
 */
export class UsagePolicyCheck {
  constructor(private readonly options: { jobs: JobQueue; fork: () => EntityManager; policy: UsagePolicy; logger: Logger }) {
    // About a day of retries (2 s doubling, capped by pg-boss's backoff) before a record is given up and logged.
    options.jobs.define<UsagePolicyJob>(USAGE_POLICY_QUEUE, (job) => this.run(job), { retryLimit: 16, retryDelaySeconds: 2, retryBackoff: true, expireInSeconds: 300, concurrency: 2 });
  }

  /** Queues the judging of `requestIds` in the ingest's transaction. */
  async enqueue(transaction: JobTransaction, organizationId: string, requestIds: readonly string[]): Promise<void> {
    if (requestIds.length) await this.options.jobs.enqueue<UsagePolicyJob>(USAGE_POLICY_QUEUE, { organizationId, requestIds: [...requestIds] }, { transaction });
  }

  private async run(job: Job<UsagePolicyJob>): Promise<void> {
    const { organizationId, requestIds } = job.data;
    const requests = await new LlmRequestRepository(this.options.fork(), TenantScope.of(organizationId)).findForPolicy(organizationId, requestIds);
    if (!requests.length) return;
    const judged = await this.options.policy.judge(organizationId, requests);
    this.options.logger.info('Recorded usage judged by policy (organizationId=%s, requests=%d, denied=%d, warned=%d, attempt=%d)', organizationId, judged.evaluated, judged.denied, judged.warned, job.attempt);
  }
}
