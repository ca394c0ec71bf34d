import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { ReviewCommentSchema, type ReviewComment, type ReviewCommentStatus } from './review-comment.entity.js';

/** What a publishing run records about one comment once the provider took it. */
export interface PublishedCommentState {
  providerCommentId: string | null;
  publishedBody: string | null;
  publishedStatus: ReviewCommentStatus;
  /** The finding's status when publishing decides it (OUTDATED, or OPEN again); null keeps it. */
  status: 'OPEN' | 'OUTDATED' | null;
}

/**
 * Review comments of the organizations in its scope, and nothing else. The writes of a publishing
 * run take `readAt`, the time it read the rows: a row a newer review changed after that stays
 * PENDING for the run that review queued, and a finding a newer review resolved stays RESOLVED.
 */
export class ReviewCommentRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<ReviewComment[]> {
    return this.find(ReviewCommentSchema, { id: { $in: [...ids] } });
  }

  /** Every comment of a pull request, oldest first (fingerprint order within one review, so runs are reproducible). */
  listForPullRequest(pullRequestId: string): Promise<ReviewComment[]> {
    return this.find(ReviewCommentSchema, { pullRequestId }, { orderBy: { createdAt: 'asc', fingerprint: 'asc' }, refresh: true });
  }

  pageForPullRequest(pullRequestId: string, status: ReviewCommentStatus | undefined, page: PageRequest<unknown>): Promise<Connection<ReviewComment>> {
    return this.findPage(ReviewCommentSchema, { pullRequestId, ...(status ? { status } : {}) }, page, { createdAt: 'asc', id: 'asc' });
  }

  add(comment: ReviewComment): ReviewComment {
    return this.create(ReviewCommentSchema, comment);
  }

  save(): Promise<void> {
    return this.flush();
  }

  /** Records a provider call that succeeded; the provider id is kept whatever else happened meanwhile. */
  async markPublished(id: string, state: PublishedCommentState, readAt: Date): Promise<void> {
    await this.sql(
      `update repos.review_comments set provider_comment_id = ?, published_body = ?, published_status = ?,
          status = case when status = 'RESOLVED' or ?::text is null then status else ?::text end,
          publish_state = case when updated_at > ? then publish_state else 'PUBLISHED' end,
          publish_error = case when updated_at > ? then publish_error else null end
        where id = ? and {{tenant}}`,
      [state.providerCommentId, state.publishedBody, state.publishedStatus, state.status, state.status, readAt, readAt, id],
    );
  }

  /** The provider refused this comment (e.g. its line is not part of the diff on the provider's side). */
  async markRejected(id: string, error: string, readAt: Date): Promise<void> {
    await this.sql(`update repos.review_comments set publish_state = 'REJECTED', publish_error = ? where id = ? and updated_at <= ? and {{tenant}}`, [error.slice(0, 500), id, readAt]);
  }

  /** Every comment of the run still pending needed no call of its own (kept, outside the diff, or nothing to resolve): published now. */
  async settle(pullRequestId: string, readAt: Date): Promise<void> {
    await this.sql(
      `update repos.review_comments set publish_state = 'PUBLISHED', publish_error = null
        where pull_request_id = ? and publish_state = 'PENDING' and updated_at <= ? and {{tenant}}`,
      [pullRequestId, readAt],
    );
  }

  /** Publishing stopped for good: every pending comment of the pull request carries why. */
  async failPending(pullRequestId: string, error: string): Promise<void> {
    await this.sql(`update repos.review_comments set publish_state = 'FAILED', publish_error = ? where pull_request_id = ? and publish_state = 'PENDING' and {{tenant}}`, [
      error.slice(0, 500),
      pullRequestId,
    ]);
  }
}
