import { rule } from '@steward/kernel';
import type { ProjectsContext } from './projects.context.js';

/**
 * Passes when the caller may read projects in the organization that owns the object. Entity types
 * carry it as a type rule, so resolving them through `_entities` is no side door. Not cached: the
 * check is a lookup in grants already fetched for the request, while hashing large parents
 * (model configurations) for shield's cache would cost more.
 */
export const canReadInOwningOrganization = rule({ cache: 'no_cache' })(
  (parent: { organizationId: string }, _args, ctx: ProjectsContext) => ctx.access.can(parent.organizationId, 'project:read'),
);
