import { IdModel, defineRoute } from '@steward/kernel';
import { z } from 'zod';

export { apiKeyVerifyRoute, grantsRoute } from '@steward/kernel';

/**
 * `POST /internal/members/lookup` `{ organizationId, teamIds, userIds }` → `{ teamIds, userIds }`:
 * which of the ids are teams of that organization and users who are its members now. Metrics checks
 * the ids of recorded usage and budgets with it. One lookup answers one ingest call at most: 1,000
 * records, each naming one team and one user.
 */
export const memberLookupRoute = defineRoute({
  owner: 'organizations',
  method: 'POST',
  path: '/internal/members/lookup',
  input: z.object({ organizationId: IdModel, teamIds: z.array(IdModel).max(1000), userIds: z.array(IdModel).max(1000) }),
  output: z.object({ teamIds: z.array(z.string()), userIds: z.array(z.string()) }),
  bodyLimit: '128kb',
});
