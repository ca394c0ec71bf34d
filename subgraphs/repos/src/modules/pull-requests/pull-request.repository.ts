import { LockMode } from '@mikro-orm/core';
import type { Connection, PageRequest } from '@steward/kernel';
import { TenantRepository } from '@steward/kernel';
import type { PullRequestSnapshot } from '../webhooks/webhook-events.js';
import { PullRequestSchema, type PullRequest, type PullRequestState } from './pull-request.entity.js';

/** Pull requests of the organizations in its scope, and nothing else. */
export class PullRequestRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<PullRequest[]> {
    return this.find(PullRequestSchema, { id: { $in: [...ids] } });
  }

  /** A repository's pull request by its number (GitLab: `iid`). */
  findByNumber(repositoryId: string, number: number): Promise<PullRequest | null> {
    return this.findOne(PullRequestSchema, { repositoryId, number });
  }

  /** The pull request under a row lock, so two reviews of one pull request are recorded in turn (inside a transaction). */
  lockById(id: string): Promise<PullRequest | null> {
    return this.findOne(PullRequestSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  /**
   * Takes the pull request's review publishing lease until `until`, unless another run holds one
   * that has not run out: one run at a time talks to the provider about a review, so two never both
   * create the same comment. True when taken.
   */
  async claimReview(id: string, now: Date, until: Date): Promise<boolean> {
    const rows = await this.sql(
      `update repos.pull_requests set review_lease_until = ?
        where id = ? and (review_lease_until is null or review_lease_until < ?) and {{tenant}} returning id`,
      [until, id, now],
    );
    return rows.length > 0;
  }

  /** Gives the lease back; `finishedAt` (when given) records that a run ended for good. */
  async releaseReview(id: string, finishedAt: Date | null): Promise<void> {
    await this.sql('update repos.pull_requests set review_lease_until = null, review_published_at = coalesce(?, review_published_at) where id = ? and {{tenant}}', [finishedAt, id]);
  }

  /** Records the summary comment as published (its provider id and the digest of its body). */
  async saveSummary(id: string, summaryCommentId: string, summaryDigest: string): Promise<void> {
    await this.sql('update repos.pull_requests set summary_comment_id = ?, summary_digest = ? where id = ? and {{tenant}}', [summaryCommentId, summaryDigest, id]);
  }

  pageForRepository(repositoryId: string, state: PullRequestState | undefined, page: PageRequest<unknown>): Promise<Connection<PullRequest>> {
    return this.findPage(PullRequestSchema, { repositoryId, ...(state ? { state } : {}) }, page, { providerUpdatedAt: 'desc', id: 'desc' });
  }

  /** `ProjectVersion.pullRequests`: the repository's pull requests whose head is `headSha`. */
  pageForCommit(repositoryId: string, headSha: string, page: PageRequest<unknown>): Promise<Connection<PullRequest>> {
    return this.findPage(PullRequestSchema, { repositoryId, headSha }, page, { providerUpdatedAt: 'desc', id: 'desc' });
  }

  /**
   * Applies a webhook's snapshot of a pull request in one statement: inserts it the first time,
   * moves it forward when the snapshot is at least as new as the stored one, and leaves it alone
   * when a delayed older delivery arrives after a newer one (providers do not deliver in order).
   * The author is kept when a snapshot does not name one (GitLab updates name the actor instead).
   * Returns the row and whether it changed.
   */
  async apply(target: { organizationId: string; repositoryId: string }, snapshot: PullRequestSnapshot & { authorLogin: string | null }, id: string, now: Date): Promise<{ pullRequest: PullRequest; changed: boolean }> {
    this.assertInScope(target.organizationId);
    const rows = await this.sql<{ id: string; changed: boolean }>(
      `insert into repos.pull_requests as p (id, organization_id, repository_id, number, title, author_login, state, draft, head_ref, base_ref, head_sha,
          web_url, opened_at, closed_at, merged_at, provider_updated_at, created_at, updated_at)
        values (?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (repository_id, number) do update set
          title = excluded.title, author_login = coalesce(nullif(?, ''), p.author_login), state = excluded.state, draft = excluded.draft,
          head_ref = excluded.head_ref, base_ref = excluded.base_ref, head_sha = excluded.head_sha, web_url = coalesce(excluded.web_url, p.web_url),
          closed_at = excluded.closed_at, merged_at = excluded.merged_at, provider_updated_at = excluded.provider_updated_at, updated_at = excluded.updated_at
          where p.provider_updated_at <= excluded.provider_updated_at and {{tenant:p}}
        returning id, true as changed`,
      [
        id, target.organizationId, target.repositoryId, snapshot.number, snapshot.title, snapshot.authorLogin, snapshot.state, snapshot.draft,
        snapshot.headRef, snapshot.baseRef, snapshot.headSha, snapshot.webUrl, snapshot.openedAt, snapshot.closedAt, snapshot.mergedAt,
        snapshot.updatedAt, now, now, snapshot.authorLogin ?? '',
      ],
    );
    const changedId = rows[0]?.id;
    const pullRequest = changedId
      ? await this.findOne(PullRequestSchema, { id: changedId }, { refresh: true })
      : await this.findOne(PullRequestSchema, { repositoryId: target.repositoryId, number: snapshot.number }, { refresh: true });
    if (!pullRequest) throw new Error(`Pull request ${snapshot.number} of repository ${target.repositoryId} vanished while it was applied.`);
    return { pullRequest, changed: Boolean(changedId) };
  }
}
