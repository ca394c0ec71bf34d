import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, type Job, type JobQueue, type JobTransaction, type Logger } from '@steward/kernel';
import { LlmRequestRepository } from '../ingest/llm-request.repository.js';
import type { UsagePolicy } from './usage-policy.js';

/** The queue of recorded usage waiting to be judged by policy. */
export const USAGE_POLICY_QUEUE = 'usage.policy-check';

/**
 * Requests per policy-check job, judged within policy's internal route's 5 s timeout. When policy
 * judged requests one by one, a whole 1,000-record call took longer (on PGlite, and on PostgreSQL
 * under load), so its job timed out on every retry and kept the database busy for seconds each
 * time: never judged, and on PGlite other requests starved behind it.
 */
export const POLICY_JOB_SIZE = 200;

/** Part of one ingest call's newly recorded requests (at most {@link POLICY_JOB_SIZE}), by request id. */
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

  /**
   * Queues the judging of `requestIds` in the ingest's transaction, {@link POLICY_JOB_SIZE} per
   * job, all of them in one statement (one round trip per call instead of two per job).
   */
  async enqueue(transaction: JobTransaction, organizationId: string, requestIds: readonly string[]): Promise<void> {
    const jobs: UsagePolicyJob[] = [];
    for (let from = 0; from < requestIds.length; from += POLICY_JOB_SIZE) jobs.push({ organizationId, requestIds: requestIds.slice(from, from + POLICY_JOB_SIZE) });
    if (jobs.length) await this.options.jobs.enqueueMany(USAGE_POLICY_QUEUE, jobs, { transaction });
  }

  private async run(job: Job<UsagePolicyJob>): Promise<void> {
    const { organizationId, requestIds } = job.data;
    const requests = await new LlmRequestRepository(this.options.fork(), TenantScope.of(organizationId)).findForPolicy(organizationId, requestIds);
    if (!requests.length) return;
    const judged = await this.options.policy.judge(organizationId, requests);
    this.options.logger.info('Recorded usage judged by policy (organizationId=%s, requests=%d, denied=%d, warned=%d, attempt=%d)', organizationId, judged.evaluated, judged.denied, judged.warned, job.attempt);
  }
}
