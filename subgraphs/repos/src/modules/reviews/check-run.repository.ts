import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { CheckRunSchema, type CheckRun } from './check-run.entity.js';

/** Check runs of the organizations in its scope, and nothing else. */
export class CheckRunRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<CheckRun[]> {
    return this.find(CheckRunSchema, { id: { $in: [...ids] } });
  }

  /** The run of one check on one head commit of a pull request, if any. */
  findFor(pullRequestId: string, name: string, headSha: string): Promise<CheckRun | null> {
    return this.findOne(CheckRunSchema, { pullRequestId, name, headSha });
  }

  /** The runs a publishing job still has to send, oldest first. */
  pendingFor(pullRequestId: string): Promise<CheckRun[]> {
    return this.find(CheckRunSchema, { pullRequestId, publishState: 'PENDING' }, { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true });
  }

  pageForPullRequest(pullRequestId: string, page: PageRequest<unknown>): Promise<Connection<CheckRun>> {
    return this.findPage(CheckRunSchema, { pullRequestId }, page, { createdAt: 'desc', id: 'desc' });
  }

  add(run: CheckRun): CheckRun {
    return this.create(CheckRunSchema, run);
  }

  save(): Promise<void> {
    return this.flush();
  }

  /**
   * Records the provider's id of a published run. A newer review that changed the run after `readAt`
   * keeps it PENDING without an id: its verdict goes out as a run of its own.
   */
  async markPublished(id: string, providerCheckId: string, readAt: Date): Promise<void> {
    await this.sql(
      `update repos.check_runs set provider_check_id = ?, publish_state = 'PUBLISHED', publish_error = null
        where id = ? and updated_at <= ? and {{tenant}}`,
      [providerCheckId, id, readAt],
    );
  }

  /**
   * Records the provider's id of a run as soon as the provider created it, before the rest of its
   * annotations are sent; the run stays PENDING. A retry then completes that run instead of creating
   * a second one. Not for a run a newer review changed after `readAt`: its verdict is a run of its own.
   */
  async saveProviderId(id: string, providerCheckId: string, readAt: Date): Promise<void> {
    await this.sql(`update repos.check_runs set provider_check_id = ? where id = ? and publish_state = 'PENDING' and updated_at <= ? and {{tenant}}`, [providerCheckId, id, readAt]);
  }

  /** Publishing stopped for good: every pending run of the pull request carries why. */
  async failPending(pullRequestId: string, error: string): Promise<void> {
    await this.sql(`update repos.check_runs set publish_state = 'FAILED', publish_error = ? where pull_request_id = ? and publish_state = 'PENDING' and {{tenant}}`, [
      error.slice(0, 500),
      pullRequestId,
    ]);
  }
}
