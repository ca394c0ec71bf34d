import type { RouteClient } from '@steward/kernel';
import { projectLookupRoute } from '@steward/projects/routes';
import type { ProjectDirectory } from './repository.service.js';

/** Asks projects (its internal lookup route) which ids are projects of an organization. */
export class HttpProjectDirectory implements ProjectDirectory {
  constructor(private readonly routes: RouteClient) {}

  async projectsOf(organizationId: string, projectIds: readonly string[]): Promise<Set<string>> {
    const found = await this.routes.call(projectLookupRoute, { organizationId, projectIds: [...projectIds], versionIds: [] });
    return new Set(found.projectIds);
  }
}
