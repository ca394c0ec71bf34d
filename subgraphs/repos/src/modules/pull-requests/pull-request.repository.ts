import type { Connection, PageRequest } from '@steward/kernel';
import { TenantRepository } from '@steward/kernel';
import type { PullRequestSnapshot } from '../webhooks/webhook-events.js';
import { PullRequestSchema, type PullRequest, type PullRequestState } from './pull-request.entity.js';

/** Pull requests of the organizations in its scope, and nothing else. */
export class PullRequestRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<PullRequest[]> {
    return this.find(PullRequestSchema, { id: { $in: [...ids] } });
  }

  pageForRepository(repositoryId: string, state: PullRequestState | undefined, page: PageRequest<unknown>): Promise<Connection<PullRequest>> {
    return this.findPage(PullRequestSchema, { repositoryId, ...(state ? { state } : {}) }, page, { providerUpdatedAt: 'desc', id: 'desc' });
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
