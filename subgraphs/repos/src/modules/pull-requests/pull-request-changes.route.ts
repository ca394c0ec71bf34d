import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, serve, type ServedRoute } from '@steward/kernel';
import { pullRequestChangesRoute } from '../../repos.routes.js';
import type { ProviderClient } from '../providers/provider-client.js';
import type { Repository } from '../repositories/repository.entity.js';
import { RepositoryRepository } from '../repositories/repository.repository.js';
import { PullRequestRepository } from './pull-request.repository.js';

/**
 * Serves {@link pullRequestChangesRoute}: the lines a pull request adds or changes, per file of its
 * head, from the provider's diff (the same diff its reviews are placed on).
 */
export function pullRequestChangesRoutes(options: { fork(): EntityManager; clientFor(repository: Repository): ProviderClient | null }): ServedRoute[] {
  return [
    serve(pullRequestChangesRoute, async ({ organizationId, pullRequestId }) => {
      const em = options.fork();
      const tenant = TenantScope.of(organizationId);
      const [pullRequest] = await new PullRequestRepository(em, tenant).findByIds([pullRequestId]);
      if (!pullRequest) return null;
      const [repository] = await new RepositoryRepository(em, tenant).findByIds([pullRequest.repositoryId]);
      const client = repository ? options.clientFor(repository) : null;
      if (!client) throw new Error('The repository’s access token cannot be opened');
      const diff = await client.changedFiles({ number: pullRequest.number, headSha: pullRequest.headSha });
      return {
        repositoryId: pullRequest.repositoryId,
        headSha: pullRequest.headSha,
        files: diff.files.map((file) => ({ path: file.path, addedLines: file.lines.flatMap((line) => (line.kind === 'added' && line.newLine !== null ? [line.newLine] : [])) })),
      };
    }),
  ];
}
