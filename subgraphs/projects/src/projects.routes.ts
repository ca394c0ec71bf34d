import { IdModel, defineRoute } from '@steward/kernel';
import { z } from 'zod';

/**
 * `POST /internal/projects/lookup` `{ organizationId, projectIds, versionIds }` →
 * `{ projectIds, versions: [{ id, projectId }] }`: which of the ids are projects (archived included)
 * and versions of projects of that organization. Metrics checks the ids of recorded usage with it.
 * One lookup answers one ingest call at most: 1,000 records, each naming one project and one version.
 */
export const projectLookupRoute = defineRoute({
  owner: 'projects',
  method: 'POST',
  path: '/internal/projects/lookup',
  input: z.object({ organizationId: IdModel, projectIds: z.array(IdModel).max(1000), versionIds: z.array(IdModel).max(1000) }),
  output: z.object({ projectIds: z.array(z.string()), versions: z.array(z.object({ id: z.string(), projectId: z.string() })) }),
  bodyLimit: '128kb',
});
