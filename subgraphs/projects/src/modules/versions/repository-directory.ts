import type { RouteClient } from '@steward/kernel';
import { repositoryLookupRoute } from '@steward/repos/routes';

/** Which repository ids belong to an organization: what a version's source revision must name. */
export interface RepositoryDirectory {
  repositoriesOf(organizationId: string, repositoryIds: readonly string[]): Promise<Set<string>>;
}

/** Asks the repos subgraph (its internal lookup route). */
export class HttpRepositoryDirectory implements RepositoryDirectory {
  constructor(private readonly routes: RouteClient) {}

  async repositoriesOf(organizationId: string, repositoryIds: readonly string[]): Promise<Set<string>> {
    const found = await this.routes.call(repositoryLookupRoute, { organizationId, repositoryIds: [...repositoryIds] });
    return new Set(found.repositoryIds);
  }
}

/** No repos subgraph in this deployment: no id is a repository, so a source revision is refused by name. */
export const NO_REPOSITORIES: RepositoryDirectory = {
  repositoriesOf: async () => new Set(),
};
