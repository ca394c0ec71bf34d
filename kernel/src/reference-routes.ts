import { z } from 'zod';
import { IdModel } from './ids.js';
import { ORGANIZATIONS } from './access-routes.js';
import { defineRoute } from './internal-route.js';

// The lookup contracts of the two subgraphs that own what others refer to by id (teams, members and
// API keys; projects and versions). Declared in the kernel, like the grants route, because several
// subgraphs check references with them (see reference-directory.ts); their owners serve them.

/**
 * `POST /internal/members/lookup` `{ organizationId, teamIds, userIds, apiKeyIds? }` → `{ teamIds, userIds, apiKeyIds }`:
 * which of the ids are teams of that organization, users who are its members now and its API keys
 * (revoked ones included: a policy may name a key that is later revoked). Metrics checks the ids of
 * recorded usage and budgets with it, policy the subjects of assignments. One lookup answers one
 * ingest call at most: 1,000 records, each naming one team and one user.
 */
export const memberLookupRoute = defineRoute({
  owner: ORGANIZATIONS,
  method: 'POST',
  path: '/internal/members/lookup',
  input: z.object({ organizationId: IdModel, teamIds: z.array(IdModel).max(1000), userIds: z.array(IdModel).max(1000), apiKeyIds: z.array(IdModel).max(1000).default([]) }),
  output: z.object({ teamIds: z.array(z.string()), userIds: z.array(z.string()), apiKeyIds: z.array(z.string()).default([]) }),
  bodyLimit: '128kb',
});

/**
 * `POST /internal/projects/lookup` `{ organizationId, projectIds, versionIds }` →
 * `{ projectIds, versions: [{ id, projectId }], productionVersions: [{ projectId, versionId }] }`: which of
 * the ids are projects (archived included) and versions of projects of that organization, and the
 * version each found project has in production. Metrics checks the ids of recorded usage with it.
 * One lookup answers one ingest call at most: 1,000 records, each naming one project and one version.
 */
export const projectLookupRoute = defineRoute({
  owner: 'projects',
  method: 'POST',
  path: '/internal/projects/lookup',
  input: z.object({ organizationId: IdModel, projectIds: z.array(IdModel).max(1000), versionIds: z.array(IdModel).max(1000) }),
  output: z.object({
    projectIds: z.array(z.string()),
    versions: z.array(z.object({ id: z.string(), projectId: z.string() })),
    /** Of the projects found, those with a version in production, and that version (analysis's "new code" baseline). */
    productionVersions: z.array(z.object({ projectId: z.string(), versionId: z.string() })).default([]),
  }),
  bodyLimit: '128kb',
});
