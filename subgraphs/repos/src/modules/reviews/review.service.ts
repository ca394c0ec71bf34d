import { randomUUID } from 'node:crypto';
import { NotFoundError, keys, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import type { ServiceScope } from '../../repos.context.js';
import { RepositoryDisconnectedError, RepositoryNeedsReauthError } from '../../repos.errors.js';
import type { PullRequest } from '../pull-requests/pull-request.entity.js';
import { PullRequestRepository } from '../pull-requests/pull-request.repository.js';
import type { RepositoryService } from '../repositories/repository.service.js';
import { commentBody } from '../providers/review-plan.js';
import type { CheckRun } from './check-run.entity.js';
import { CheckRunRepository } from './check-run.repository.js';
import { checkContentOf, commentChanges, conclusionOf, findingOf, sameCheckContent } from './review-changes.js';
import type { ReviewComment } from './review-comment.entity.js';
import { ReviewCommentRepository } from './review-comment.repository.js';
import { PublishReviewInputModel, ReviewCommentListModel } from './review.models.js';

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
 * Records reviews of pull requests and reads them back. A review is stored, and its publishing job
 * queued, in one transaction (an outbox): the provider is called by the job, never by the request.
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
   * Stores a review of a pull request and queues its publishing, in one transaction: comments upserted
   * by fingerprint (new: OPEN and PENDING; changed: PENDING), open ones whose finding is gone marked
   * RESOLVED and PENDING, the check run of the pull request's head commit upserted, and one
   * `review.publish` job. Needs `repo:manage`; the repository must be connected with a working token.
   */
  async publish(rawPullRequestId: unknown, rawInput: unknown): Promise<PublishedReview> {
    const found = await this.scope.loaders.pullRequestById.load(parseId(rawPullRequestId, 'pullRequestId'));
    if (!found) throw new NotFoundError('PullRequest');
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'repo:manage');
    const input = parseInput(PublishReviewInputModel, rawInput, 'input');
    const repository = await this.repositories.require(found.repositoryId);
    if (repository.status === 'DISCONNECTED') throw new RepositoryDisconnectedError();
    if (repository.status === 'NEEDS_REAUTH') throw new RepositoryNeedsReauthError();
    const { findings } = input;

    const recorded = await this.scope.em.transactional(async (tx) => {
      // Two reviews of one pull request are recorded in turn, so each sees the other's rows.
      const pullRequest = await new PullRequestRepository(tx, tenant).lockById(found.id);
      if (!pullRequest) throw new NotFoundError('PullRequest');
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
      const content = checkContentOf(findings);
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
    this.scope.logger.info('Review queued for publishing (pullRequestId=%s, findings=%d, changed=%d, resolving=%d)', found.id, findings.length, recorded.changed, recorded.review.resolving.length);
    return recorded.review;
  }
}
