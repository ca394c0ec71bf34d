import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, type Clock, type Job, type JobQueue, type JobTransaction, type Logger, type SecretBox } from '@steward/kernel';
import { REPOS_TOPICS, reposEvent } from '../../repos.events.js';
import type { PullRequest } from '../pull-requests/pull-request.entity.js';
import { PullRequestRepository } from '../pull-requests/pull-request.repository.js';
import type { Repository } from '../repositories/repository.entity.js';
import { RepositoryRepository } from '../repositories/repository.repository.js';
import { accessTokenOf } from '../repositories/repository.service.js';
import {
  ProviderError,
  providerClientFor,
  type CheckReport,
  type ExistingInlineComment,
  type ProviderClient,
  type ProviderErrorKind,
  type PullRequestDiff,
  type PullRequestRef,
} from '../providers/provider-client.js';
import { markedFingerprint, planReview, type Finding } from '../providers/review-plan.js';
import type { CheckConclusion, CheckRun } from './check-run.entity.js';
import { CheckRunRepository } from './check-run.repository.js';
import { findingOf } from './review-changes.js';
import type { ReviewComment } from './review-comment.entity.js';
import { ReviewCommentRepository } from './review-comment.repository.js';

/** The queue whose jobs publish one pull request's stored review each. */
export const REVIEW_PUBLISH_QUEUE = 'review.publish';

/** A run may take this long (a 1,000-finding review is 1,000 comment requests); the lease lasts as long. */
const RUN_SECONDS = 600;

/** A rate-limited run is put off until the provider's limit resets, but never further ahead than this. */
export const MAX_DEFERRAL_SECONDS = 3600;

/** Put-offs in a row after which a rate limit takes the queue's retries like any failure, so a review cannot wait forever. */
const MAX_DEFERRALS = 24;

/** A publishing job's data: keys only, the review stays in its rows. */
export interface ReviewPublishJob {
  [key: string]: unknown;
  pullRequestId: string;
  organizationId: string;
  /** How many runs before this one were put off by a rate limit (absent: none). */
  deferrals?: number;
}

/** What publishing needs from its process. */
export interface ReviewPublisherOptions {
  fork: () => EntityManager;
  jobs: JobQueue;
  clock: Clock;
  logger: Logger;
  /** Opens repositories' sealed access tokens. */
  box: SecretBox;
  publish(topic: string, payload: string): void;
  /** Per provider request (default: the clients' 10 s). */
  providerTimeoutMs?: number;
}

/** What one run sent, for the log line. */
interface Tally {
  created: number;
  /** Comments an earlier attempt made whose id was never saved, found by their marker and taken over. */
  adopted: number;
  updated: number;
  resolved: number;
  rejected: number;
  summary: boolean;
  checks: number;
}

/** Another run holds the pull request's lease; this job is retried once it may be done. */
class PublishBusyError extends Error {
  override readonly name = 'PublishBusyError';
}

const isProviderError = (error: unknown, kind: ProviderErrorKind): error is ProviderError => error instanceof ProviderError && error.kind === kind;

/**
 * Publishes stored reviews to the provider, one durable job per `publishReview` (the outbox: the job
 * is written in the transaction that stored the review). A run reads the diff, plans against what
 * the provider was last told (`planReview`) and carries the plan out, saving each provider id right
 * after its call succeeded, so a retry after a crash edits what was made instead of making it twice.
 * A comment made by an attempt that ended before its id was saved is found by its marker and taken
 * over, and a check run's id is saved as soon as it exists, so a retry completes that run. A provider
 * that cannot serve now (5xx, 429, timeouts) fails the run and the queue retries it with back-off,
 * rows staying PENDING; one that says when it can again (a rate limit's `retry-after` or reset time)
 * gets a new job at that time instead, which spends none of the retries. A refused token (401) marks
 * the repository NEEDS_REAUTH and the pending rows FAILED without retrying; a comment the provider
 * refuses (422) is REJECTED on its own and the rest carries on. One run at a time publishes a pull
 * request (a lease on its row).
 */
export class ReviewPublisher {
  constructor(private readonly options: ReviewPublisherOptions) {
    options.jobs.define<ReviewPublishJob>(REVIEW_PUBLISH_QUEUE, (job) => this.run(job), { retryLimit: 8, retryDelaySeconds: 1, retryBackoff: true, expireInSeconds: RUN_SECONDS, concurrency: 2 });
  }

  /** Queues publishing of a pull request's review in the caller's transaction, so it runs only if the review was stored. */
  enqueue(transaction: JobTransaction, target: { pullRequestId: string; organizationId: string }): Promise<string> {
    return this.options.jobs.enqueue<ReviewPublishJob>(REVIEW_PUBLISH_QUEUE, { pullRequestId: target.pullRequestId, organizationId: target.organizationId }, { transaction });
  }

  private async run(job: Job<ReviewPublishJob>): Promise<void> {
    const { pullRequestId, organizationId } = job.data;
    const { clock, logger } = this.options;
    const tenant = TenantScope.of(organizationId);
    const em = this.options.fork();
    const pullRequests = new PullRequestRepository(em, tenant);
    const [pullRequest] = await pullRequests.findByIds([pullRequestId]);
    const [repository] = pullRequest ? await new RepositoryRepository(em, tenant).findByIds([pullRequest.repositoryId]) : [];
    // Deleted with its repository since: there is nothing left to publish to.
    if (!pullRequest || !repository) return;
    const now = clock();
    if (!(await pullRequests.claimReview(pullRequest.id, now, new Date(now.getTime() + RUN_SECONDS * 1000)))) {
      // The run holding the lease may have read the rows before this review was stored: try again after it.
      throw new PublishBusyError(`Another run is publishing pull request ${pullRequest.id}; trying again later.`);
    }
    let ended: Date | null = null;
    try {
      if (repository.status !== 'ACTIVE') {
        await this.failPending(em, tenant, pullRequest.id, repository.status === 'DISCONNECTED' ? 'The repository was disconnected before the review was published.' : 'The provider refused the repository’s access token; update the repository with a new token and publish again.');
        ended = clock();
        return;
      }
      const tally = await this.publishReview(em, tenant, repository, pullRequest, job);
      ended = clock();
      logger.info(
        'Review published (pullRequestId=%s, created=%d, adopted=%d, updated=%d, resolved=%d, rejected=%d, summary=%s, checks=%d, attempt=%d, deferrals=%d)',
        pullRequest.id, tally.created, tally.adopted, tally.updated, tally.resolved, tally.rejected, tally.summary, tally.checks, job.attempt, job.data.deferrals ?? 0,
      );
    } catch (error) {
      if (isProviderError(error, 'unauthorized')) {
        // Retrying cannot help until someone gives the repository a new token.
        await new RepositoryRepository(em, tenant).markNeedsReauth(repository.id, clock());
        await this.failPending(em, tenant, pullRequest.id, error.message);
        ended = clock();
        logger.warn('Review not published: the provider refused the token (pullRequestId=%s, repositoryId=%s)', pullRequest.id, repository.id);
        return;
      }
      const deferrals = job.data.deferrals ?? 0;
      if (isProviderError(error, 'retryable') && error.retryAt && deferrals < MAX_DEFERRALS) {
        // The provider said when it serves again: waiting for exactly that beats the queue's back-off,
        // which could give up (or knock again too early) while the limit lasts. The job ends; a new one
        // carries on at that time, with its rows still PENDING and every retry left.
        const seconds = deferralSeconds(error.retryAt, clock());
        await this.options.jobs.enqueue<ReviewPublishJob>(
          REVIEW_PUBLISH_QUEUE,
          { pullRequestId, organizationId, deferrals: deferrals + 1 },
          // Seconds from the database's now, which the queue schedules by; the key keeps a repeated run of this job from queueing a second one.
          { startAfter: seconds, singletonKey: `deferred-from:${job.id}` },
        );
        logger.info('Review publishing put off until the provider’s rate limit resets (pullRequestId=%s, status=%s, inSeconds=%d, deferral=%d)', pullRequest.id, error.status ?? 'none', seconds, deferrals + 1);
        return;
      }
      const reason = error instanceof ProviderError ? error.message : 'an unexpected error (see the service log)';
      if (job.attempt > job.retryLimit) {
        await this.failPending(em, tenant, pullRequest.id, `Publishing failed after ${job.attempt} attempts: ${reason}`);
        ended = clock();
      } else {
        logger.warn('Review publishing failed; the queue retries it (pullRequestId=%s, attempt=%d, reason=%s)', pullRequest.id, job.attempt, reason);
      }
      throw error;
    } finally {
      await pullRequests.releaseReview(pullRequest.id, ended);
      if (ended) this.options.publish(REPOS_TOPICS.pullRequest, reposEvent({ id: pullRequest.id, organizationId, repositoryId: pullRequest.repositoryId }));
    }
  }

  /** One run: read the diff, plan against the stored rows, carry the plan out. Throws what must fail the run. */
  private async publishReview(em: EntityManager, tenant: TenantScope, repository: Repository, pullRequest: PullRequest, job: Job<ReviewPublishJob>): Promise<Tally> {
    const tally: Tally = { created: 0, adopted: 0, updated: 0, resolved: 0, rejected: 0, summary: false, checks: 0 };
    const token = accessTokenOf(this.options.box, repository);
    if (token === null) throw new ProviderError('unauthorized', null, 'The stored access token cannot be opened with this service’s key. Update the repository with a new token.');
    const client = providerClientFor(
      { provider: repository.provider, apiBaseUrl: repository.apiBaseUrl, fullName: repository.fullName, token },
      { clock: this.options.clock, ...(this.options.providerTimeoutMs ? { timeoutMs: this.options.providerTimeoutMs } : {}) },
    );
    const ref: PullRequestRef = { number: pullRequest.number, headSha: pullRequest.headSha };
    const comments = new ReviewCommentRepository(em, tenant);
    const checkRuns = new CheckRunRepository(em, tenant);
    // Taken before the rows are read: what a newer review changes after it stays PENDING for that review's own run.
    const readAt = this.options.clock();
    const rows = await comments.listForPullRequest(pullRequest.id);
    const checks = await checkRuns.pendingFor(pullRequest.id);
    const step = () => {
      // The queue aborts a run that timed out or whose worker is stopping; its retry carries on from the saved ids.
      if (job.signal.aborted) throw new Error('The publishing run was aborted (timed out, or the worker is stopping).');
    };

    step();
    const diff = await client.changedFiles(ref);
    const byFingerprint = new Map(rows.map((row) => [row.fingerprint, row]));
    const plan = planReview(
      rows.filter((row) => row.status !== 'RESOLVED').map(findingOf),
      rows.filter((row) => row.providerCommentId).map((row) => ({ fingerprint: row.fingerprint, providerId: row.providerCommentId ?? null, status: row.publishedStatus ?? 'OPEN', body: row.publishedBody ?? '' })),
      diff.files,
    );
    let listing: Promise<Map<string, ExistingInlineComment[]>> | null = null;
    // Listed on the first comment to create, once per run: a run with nothing to create asks nothing more.
    const existing = () => (listing ??= inlineCommentsByFingerprint(client, ref));
    const publishing: Publishing = { client, ref, diff, comments, readAt, tally, existing };

    for (const { finding, body } of plan.create) {
      const row = byFingerprint.get(finding.fingerprint)!;
      // Refused earlier in this review's publishing; the next publishReview tries it again.
      if (row.publishState === 'REJECTED') continue;
      step();
      await this.createComment(publishing, row, finding, body);
    }
    for (const { finding, providerId, body, reopen } of plan.update) {
      const row = byFingerprint.get(finding.fingerprint)!;
      if (row.publishState === 'REJECTED') continue;
      step();
      try {
        await client.updateInlineComment(ref, providerId, body, { reopen });
      } catch (error) {
        // Someone deleted the comment on the provider: a new one carries the finding.
        if (isProviderError(error, 'not_found')) {
          await this.createComment(publishing, row, finding, body);
          continue;
        }
        if (!(await this.rejected(publishing, row, error))) throw error;
        continue;
      }
      await comments.markPublished(row.id, { providerCommentId: providerId, publishedBody: body, publishedStatus: 'OPEN', status: 'OPEN' }, readAt);
      tally.updated += 1;
    }
    for (const { providerId, fingerprint, body } of plan.resolve) {
      const row = byFingerprint.get(fingerprint)!;
      step();
      try {
        await client.resolveInlineComment(ref, providerId, body);
        await comments.markPublished(row.id, { providerCommentId: providerId, publishedBody: body, publishedStatus: 'RESOLVED', status: null }, readAt);
        tally.resolved += 1;
      } catch (error) {
        // Deleted on the provider: nothing is left to resolve there.
        if (isProviderError(error, 'not_found')) await comments.markPublished(row.id, { providerCommentId: null, publishedBody: null, publishedStatus: 'RESOLVED', status: null }, readAt);
        else if (!(await this.rejected(publishing, row, error))) throw error;
      }
    }
    for (const fingerprint of plan.outdated) {
      const row = byFingerprint.get(fingerprint)!;
      // Nothing is sent: the comment stays where it was, and the summary lists the finding.
      await comments.markPublished(row.id, { providerCommentId: row.providerCommentId ?? null, publishedBody: row.publishedBody ?? null, publishedStatus: 'OUTDATED', status: 'OUTDATED' }, readAt);
    }

    const digest = createHash('sha256').update(plan.summary).digest('hex');
    const summaryCommentId = pullRequest.summaryCommentId ?? null;
    if (summaryCommentId === null || pullRequest.summaryDigest !== digest) {
      step();
      const summaryId = await client.upsertSummaryComment(ref, summaryCommentId, plan.summary);
      await new PullRequestRepository(em, tenant).saveSummary(pullRequest.id, summaryId, digest);
      tally.summary = true;
    }
    // Kept comments, findings outside the diff (now in the summary) and resolved ones with nothing on the provider.
    await comments.settle(pullRequest.id, readAt);

    for (const check of checks) {
      step();
      const published = await client.publishCheck(checkReportOf(check), check.providerCheckId ?? null, {
        // Saved before the rest of the annotations go out: a retry completes this run instead of starting a second.
        onCreated: (providerId) => checkRuns.saveProviderId(check.id, providerId, readAt),
      });
      await checkRuns.markPublished(check.id, published.providerId, readAt);
      tally.checks += 1;
    }
    return tally;
  }

  /**
   * Creates one inline comment and saves its provider id at once; a refusal marks the row REJECTED.
   * A comment carrying the finding's marker already on the pull request is taken over instead.
   */
  private async createComment(publishing: Publishing, row: ReviewComment, finding: Finding, body: string): Promise<void> {
    // An earlier attempt may have made it and ended before saving its id (a lost answer, a crash).
    const found = takeFor(await publishing.existing(), finding.fingerprint, body);
    if (found && (await this.adopt(publishing, row, found, body))) return;
    let providerId: string;
    try {
      providerId = await publishing.client.createInlineComment(publishing.ref, { path: finding.path, line: finding.line, startLine: finding.startLine, side: finding.side, body }, publishing.diff);
    } catch (error) {
      if (await this.rejected(publishing, row, error)) return;
      throw error;
    }
    await publishing.comments.markPublished(row.id, { providerCommentId: providerId, publishedBody: body, publishedStatus: 'OPEN', status: 'OPEN' }, publishing.readAt);
    publishing.tally.created += 1;
  }

  /** Takes over a comment an earlier attempt made, bringing its body up to date; false when it has gone meanwhile. */
  private async adopt(publishing: Publishing, row: ReviewComment, found: ExistingInlineComment, body: string): Promise<boolean> {
    if (found.body !== body || found.resolved) {
      try {
        await publishing.client.updateInlineComment(publishing.ref, found.providerId, body, { reopen: found.resolved });
      } catch (error) {
        if (isProviderError(error, 'not_found')) return false;
        if (await this.rejected(publishing, row, error)) return true;
        throw error;
      }
    }
    await publishing.comments.markPublished(row.id, { providerCommentId: found.providerId, publishedBody: body, publishedStatus: 'OPEN', status: 'OPEN' }, publishing.readAt);
    publishing.tally.adopted += 1;
    this.options.logger.info('Review comment found on the provider and taken over (reviewCommentId=%s, providerCommentId=%s)', row.id, found.providerId);
    return true;
  }

  /** When the provider refused this one comment: marks it REJECTED with the provider's reason and says so. */
  private async rejected(publishing: Publishing, row: ReviewComment, error: unknown): Promise<boolean> {
    if (!isProviderError(error, 'rejected')) return false;
    await publishing.comments.markRejected(row.id, error.message, publishing.readAt);
    publishing.tally.rejected += 1;
    this.options.logger.info('Review comment rejected by the provider (reviewCommentId=%s, status=%s)', row.id, error.status ?? 'none');
    return true;
  }

  private async failPending(em: EntityManager, tenant: TenantScope, pullRequestId: string, error: string): Promise<void> {
    await new ReviewCommentRepository(em, tenant).failPending(pullRequestId, error);
    await new CheckRunRepository(em, tenant).failPending(pullRequestId, error);
  }
}

/** What the steps of one run share. */
interface Publishing {
  client: ProviderClient;
  ref: PullRequestRef;
  diff: PullRequestDiff;
  comments: ReviewCommentRepository;
  readAt: Date;
  tally: Tally;
  /** The pull request's inline comments by the fingerprint their marker names, listed on first use. */
  existing: () => Promise<Map<string, ExistingInlineComment[]>>;
}

/**
 * Seconds until a rate-limited provider serves again (`retryAt`, by `now`), at least 1 so a limit
 * that already passed cannot spin, and at most `MAX_DEFERRAL_SECONDS` whatever a reset header says.
 */
export function deferralSeconds(retryAt: Date, now: Date): number {
  return Math.min(MAX_DEFERRAL_SECONDS, Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)));
}

async function inlineCommentsByFingerprint(client: ProviderClient, ref: PullRequestRef): Promise<Map<string, ExistingInlineComment[]>> {
  const byFingerprint = new Map<string, ExistingInlineComment[]>();
  for (const comment of await client.listInlineComments(ref)) {
    const fingerprint = markedFingerprint(comment.body);
    if (fingerprint !== null) byFingerprint.set(fingerprint, [...(byFingerprint.get(fingerprint) ?? []), comment]);
  }
  return byFingerprint;
}

/** Removes and returns the comment to take over for a fingerprint: one already saying `body`, else the newest. */
function takeFor(existing: Map<string, ExistingInlineComment[]>, fingerprint: string, body: string): ExistingInlineComment | null {
  const candidates = existing.get(fingerprint);
  if (!candidates?.length) return null;
  existing.delete(fingerprint);
  return candidates.find((comment) => comment.body === body) ?? candidates[candidates.length - 1] ?? null;
}

const CONCLUSIONS: Record<CheckConclusion, CheckReport['conclusion']> = { SUCCESS: 'success', FAILURE: 'failure', NEUTRAL: 'neutral' };

/** A stored check run as the provider client takes it. */
function checkReportOf(check: CheckRun): CheckReport {
  return { name: check.name, headSha: check.headSha, conclusion: CONCLUSIONS[check.conclusion], title: check.title, summary: check.summary, annotations: check.annotations };
}
