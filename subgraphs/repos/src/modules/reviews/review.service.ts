import { randomUUID } from 'node:crypto';
import { ForbiddenError, NotFoundError, TenantScope, keys, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import type { z } from 'zod';
import type { publishAnalysisReviewRoute } from '../../repos.routes.js';
import type { ServiceScope } from '../../repos.context.js';
import { RepositoryDisconnectedError, RepositoryNeedsReauthError } from '../../repos.errors.js';
import type { PullRequest } from '../pull-requests/pull-request.entity.js';
import { PullRequestRepository } from '../pull-requests/pull-request.repository.js';
import { RepositoryRepository } from '../repositories/repository.repository.js';
import type { RepositoryService } from '../repositories/repository.service.js';
import { commentBody } from '../providers/review-plan.js';
import type { CheckRun } from './check-run.entity.js';
import { CheckRunRepository } from './check-run.repository.js';
import { checkContentOf, commentChanges, conclusionOf, findingOf, sameCheckContent } from './review-changes.js';
import type { ReviewComment } from './review-comment.entity.js';
import { ReviewCommentRepository } from './review-comment.repository.js';
import { PublishReviewInputModel, ReviewCommentListModel, type PublishReviewInput } from './review.models.js';

/** What the analysis service sends to publish an analysis (`publishAnalysisReviewRoute`'s input). */
export type AnalysisReviewInput = z.infer<(typeof publishAnalysisReviewRoute)['input']>;

/** What `publishReview` answers: the pull request, its review as stored, and the check run queued with it. */
export interface PublishedReview {
  pullRequest: PullRequest;
  /** The comments of the review's findings, in the order given. */
  comments: ReviewComment[];
  /** Comments whose finding the review no longer has: resolved by the publishing job. */
  resolving: ReviewComment[];
  checkRun: CheckRun;
}

/**
 * Records reviews of pull requests and reads them back: those a person publishes (`publishReview`)
 * and those the analysis service publishes for an analysed head, through the same recording. A review
 * is stored, and its publishing job queued, in one transaction (an outbox): the provider is called by
 * the job, never by the request.
 */
export class ReviewService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly repositories: RepositoryService,
  ) {}

  /** The review comment when the caller may read its repository, else null. */
  commentById(id: string): Promise<ReviewComment | null> {
    return this.scope.loaders.reviewCommentById.load(id);
  }

  /** The check run when the caller may read its repository, else null. */
  checkRunById(id: string): Promise<CheckRun | null> {
    return this.scope.loaders.checkRunById.load(id);
  }

  /** `PullRequest.reviewComments`, oldest first. */
  async listComments(pullRequest: PullRequest, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<ReviewComment>> {
    const tenant = await this.scope.access.scopeOf(pullRequest.organizationId, 'repo:read');
    const page = parsePage(rawArgs, keys.timeId);
    const { status } = parseInput(ReviewCommentListModel, rawArgs);
    return new ReviewCommentRepository(this.scope.em, tenant).pageForPullRequest(pullRequest.id, status ?? undefined, page);
  }

  /** `PullRequest.checkRuns`, newest first. */
  async listCheckRuns(pullRequest: PullRequest, rawArgs: PageArgs): Promise<Connection<CheckRun>> {
    const tenant = await this.scope.access.scopeOf(pullRequest.organizationId, 'repo:read');
    return new CheckRunRepository(this.scope.em, tenant).pageForPullRequest(pullRequest.id, parsePage(rawArgs, keys.timeId));
  }

  /** The markdown an inline comment carries for a stored finding. */
  bodyOf(comment: ReviewComment): string {
    return commentBody(findingOf(comment));
  }

  /**
   * Stores a review of a pull request and queues its publishing (see {@link record}). Needs
   * `repo:manage`; the repository must be connected with a working token.
   */
  async publish(rawPullRequestId: unknown, rawInput: unknown): Promise<PublishedReview> {
    const found = await this.scope.loaders.pullRequestById.load(parseId(rawPullRequestId, 'pullRequestId'));
    if (!found) throw new NotFoundError('PullRequest');
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'repo:manage');
    const input = parseInput(PublishReviewInputModel, rawInput, 'input');
    const repository = await this.repositories.require(found.repositoryId);
    if (repository.status === 'DISCONNECTED') throw new RepositoryDisconnectedError();
    if (repository.status === 'NEEDS_REAUTH') throw new RepositoryNeedsReauthError();
    const review = await this.record(tenant, found.id, input, null);
    if (!review) throw new NotFoundError('PullRequest');
    return review;
  }

  /**
   * Publishes an analysis of a pull request's head for the analysis service (`publishAnalysisReviewRoute`),
   * in the organization the input names: null when the pull request is not the organization's;
   * `published: false` when its head moved past the analysed commit or its repository cannot be
   * written to. The check run carries the given summary above its findings table.
   */
  async publishAnalysis(input: AnalysisReviewInput): Promise<{ published: boolean; checkRunId: string | null } | null> {
    if (this.scope.access.caller.kind !== 'service') throw new ForbiddenError('Only Steward services publish analyses as reviews.');
    const tenant = TenantScope.of(input.organizationId);
    const [pullRequest] = await new PullRequestRepository(this.scope.em, tenant).findByIds([input.pullRequestId]);
    if (!pullRequest) return null;
    const [repository] = await new RepositoryRepository(this.scope.em, tenant).findByIds([pullRequest.repositoryId]);
    const skipped = { published: false, checkRunId: null };
    if (pullRequest.headSha !== input.commitSha || repository?.status !== 'ACTIVE') {
      this.scope.logger.info('Analysis review not published (pullRequestId=%s, commitSha=%s, head=%s)', pullRequest.id, input.commitSha, pullRequest.headSha);
      return skipped;
    }
    // Analysis reports findings on the head commit's lines: the RIGHT side of the diff.
    const findings = input.findings.map((finding) => ({ ...finding, side: 'RIGHT' as const }));
    const review = parseInput(PublishReviewInputModel, { findings, checkName: input.checkName, conclusion: input.conclusion }, 'input');
    const recorded = await this.record(tenant, pullRequest.id, { ...review, summary: input.summary }, input.commitSha);
    return recorded ? { published: true, checkRunId: recorded.checkRun.id } : skipped;
  }

  /**
   * Stores a review of a pull request and queues its publishing, in one transaction: comments upserted
   * by fingerprint (new: OPEN and PENDING; changed: PENDING), open ones whose finding is gone marked
   * RESOLVED and PENDING, the check run of the pull request's head commit upserted, and one
   * `review.publish` job. With `expectedHead`, nothing is stored (null) unless the pull request's
   * head, read under its row lock, is still that commit. Null too when the pull request is gone.
   */
  private async record(tenant: TenantScope, pullRequestId: string, input: PublishReviewInput & { summary?: string }, expectedHead: string | null): Promise<PublishedReview | null> {
    const { findings } = input;
    const recorded = await this.scope.em.transactional(async (tx) => {
      // Two reviews of one pull request are recorded in turn, so each sees the other's rows.
      const pullRequest = await new PullRequestRepository(tx, tenant).lockById(pullRequestId);
      if (!pullRequest || (expectedHead !== null && pullRequest.headSha !== expectedHead)) return null;
      const now = this.scope.clock();
      const comments = new ReviewCommentRepository(tx, tenant);
      const existing = await comments.listForPullRequest(pullRequest.id);
      const changes = commentChanges(existing, findings);
      const byFingerprint = new Map(existing.map((row) => [row.fingerprint, row]));
      for (const finding of changes.insert) {
        const row = comments.add({
          id: randomUUID(),
          organizationId: pullRequest.organizationId,
          repositoryId: pullRequest.repositoryId,
          pullRequestId: pullRequest.id,
          ...finding,
          status: 'OPEN',
          providerCommentId: null,
          publishedBody: null,
          publishedStatus: null,
          publishState: 'PENDING',
          publishError: null,
          createdAt: now,
          updatedAt: now,
        });
        byFingerprint.set(row.fingerprint, row);
      }
      for (const { row, finding } of changes.update) {
        // A finding that comes back is open again; an OUTDATED one stays so until its next publishing says otherwise.
        Object.assign(row, finding, { status: row.status === 'RESOLVED' ? 'OPEN' : row.status, publishState: 'PENDING', publishError: null, updatedAt: now });
      }
      for (const row of changes.resolve) Object.assign(row, { status: 'RESOLVED', publishState: 'PENDING', publishError: null, updatedAt: now });

      const checkRuns = new CheckRunRepository(tx, tenant);
      const content = checkContentOf(findings, input.summary);
      const conclusion = conclusionOf(findings, input.conclusion);
      let checkRun = await checkRuns.findFor(pullRequest.id, input.checkName, pullRequest.headSha);
      if (!checkRun) {
        checkRun = checkRuns.add({
          id: randomUUID(),
          organizationId: pullRequest.organizationId,
          repositoryId: pullRequest.repositoryId,
          pullRequestId: pullRequest.id,
          headSha: pullRequest.headSha,
          name: input.checkName,
          conclusion,
          ...content,
          providerCheckId: null,
          publishState: 'PENDING',
          publishError: null,
          createdAt: now,
          updatedAt: now,
        });
      } else if (!sameCheckContent(checkRun, content, conclusion) || checkRun.publishState === 'FAILED' || checkRun.publishState === 'REJECTED') {
        // A new verdict is a new run on the provider (GitHub would append the annotations to the old one).
        Object.assign(checkRun, { conclusion, ...content, providerCheckId: null, publishState: 'PENDING', publishError: null, updatedAt: now });
      }
      // Both repositories share the transaction's entity manager: one flush writes the comments and the check run.
      await comments.save();
      await this.scope.publisher.enqueue(tx, { pullRequestId: pullRequest.id, organizationId: pullRequest.organizationId });
      const review: PublishedReview = { pullRequest, comments: findings.map((finding) => byFingerprint.get(finding.fingerprint)!), resolving: changes.resolve, checkRun };
      return { review, changed: changes.insert.length + changes.update.length };
    });
    if (!recorded) return null;
    this.scope.logger.info('Review queued for publishing (pullRequestId=%s, findings=%d, changed=%d, resolving=%d)', pullRequestId, findings.length, recorded.changed, recorded.review.resolving.length);
    return recorded.review;
  }
}
