import { IdModel, defineRoute } from '@steward/kernel';
import { z } from 'zod';

/**
 * `POST /internal/repos/lookup` `{ organizationId, repositoryIds }` → `{ repositoryIds }`: which of
 * the ids are repositories of that organization (disconnected ones included: a version's source
 * stays true after its repository is disconnected). Projects checks a version's source revision with it.
 */
export const repositoryLookupRoute = defineRoute({
  owner: 'repos',
  method: 'POST',
  path: '/internal/repos/lookup',
  input: z.object({ organizationId: IdModel, repositoryIds: z.array(IdModel).max(100) }),
  output: z.object({ repositoryIds: z.array(z.string()) }),
  bodyLimit: '16kb',
});
