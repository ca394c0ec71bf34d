import { NotFoundError, keys, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import { z } from 'zod';
import type { ServiceScope } from '../../repos.context.js';
import type { Repository } from '../repositories/repository.entity.js';
import type { RepositoryService } from '../repositories/repository.service.js';
import { PULL_REQUEST_STATES, type PullRequest } from './pull-request.entity.js';
import { PullRequestRepository } from './pull-request.repository.js';

/** A version's source revision as the gateway hands it over (`@requires`): its commit and repository key. */
export interface RevisionReference {
  commitSha: string;
  repository: { id: string } | null;
}

/** A ProjectVersion as repos sees it: its key, and its source revision when the gateway was asked for pull requests. */
export interface VersionReference {
  id: string;
  sourceRevision?: RevisionReference | null;
}

const PullRequestListModel = z.object({ state: z.enum(PULL_REQUEST_STATES).nullish() });

/** Reads pull requests; they are written only by processed webhooks (see the webhook processor). */
export class PullRequestService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly repositories: RepositoryService,
  ) {}

  /** The pull request when the caller may read it, else null. */
  byId(rawId: unknown): Promise<PullRequest | null> {
    return this.scope.loaders.pullRequestById.load(parseId(rawId, 'id'));
  }

  /** `pullRequests(repositoryId)`: NOT_FOUND when the repository is not the caller's to read. */
  async listForRepositoryId(rawRepositoryId: unknown, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<PullRequest>> {
    return this.listFor(await this.repositories.require(rawRepositoryId, 'repositoryId'), rawArgs);
  }

  /** `Repository.pullRequests`, most recently changed first. */
  async listFor(repository: Repository, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<PullRequest>> {
    const tenant = await this.scope.access.scopeOf(repository.organizationId, 'repo:read');
    const page = parsePage(rawArgs, keys.timeId);
    const { state } = parseInput(PullRequestListModel, rawArgs);
    return new PullRequestRepository(this.scope.em, tenant).pageForRepository(repository.id, state ?? undefined, page);
  }

  /**
   * `ProjectVersion.pullRequests`: the pull requests of the version's source commit, in the
   * organizations where the caller may read repositories (another tenant's repository id finds none).
   */
  async listForRevision(revision: RevisionReference | null | undefined, rawArgs: PageArgs): Promise<Connection<PullRequest>> {
    const page = parsePage(rawArgs, keys.timeId);
    if (!revision?.repository) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const readable = await this.scope.access.scope('repo:read');
    return new PullRequestRepository(this.scope.em, readable).pageForCommit(revision.repository.id, revision.commitSha, page);
  }

  /** Like {@link byId}, but NOT_FOUND instead of null. */
  async require(rawId: unknown): Promise<PullRequest> {
    const pullRequest = await this.byId(rawId);
    if (!pullRequest) throw new NotFoundError('PullRequest');
    return pullRequest;
  }
}
