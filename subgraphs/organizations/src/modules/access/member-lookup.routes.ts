import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, serve, type ServedRoute } from '@steward/kernel';
import { memberLookupRoute } from '../../organizations.routes.js';
import { ApiKeyRepository } from '../api-keys/api-key.repository.js';
import { MembershipRepository } from '../members/membership.repository.js';
import { TeamRepository } from '../teams/team.repository.js';

/** Serves {@link memberLookupRoute}: the repositories are scoped to the organization named in the request. */
export function memberLookupRoutes(fork: () => EntityManager): ServedRoute[] {
  return [
    serve(memberLookupRoute, async ({ organizationId, teamIds, userIds, apiKeyIds }) => {
      const em = fork();
      const tenant = TenantScope.of(organizationId);
      return {
        teamIds: await new TeamRepository(em, tenant).teamsAmong(teamIds),
        userIds: await new MembershipRepository(em, tenant).membersAmong(userIds),
        apiKeyIds: await new ApiKeyRepository(em, tenant).keysAmong(apiKeyIds),
      };
    }),
  ];
}
