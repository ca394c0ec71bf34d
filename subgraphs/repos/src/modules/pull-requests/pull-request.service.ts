import { NotFoundError, keys, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import { z } from 'zod';
import type { ServiceScope } from '../../repos.context.js';
import type { Repository } from '../repositories/repository.entity.js';
import type { RepositoryService } from '../repositories/repository.service.js';
import { PULL_REQUEST_STATES, type PullRequest } from './pull-request.entity.js';
import { PullRequestRepository } from './pull-request.repository.js';

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

  /** Like {@link byId}, but NOT_FOUND instead of null. */
  async require(rawId: unknown): Promise<PullRequest> {
    const pullRequest = await this.byId(rawId);
    if (!pullRequest) throw new NotFoundError('PullRequest');
    return pullRequest;
  }
}
