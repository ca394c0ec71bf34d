import type { EntityManager } from '@mikro-orm/postgresql';
import { serve, type ServedRoute } from '@steward/kernel';
import { memberLookupRoute } from '../../organizations.routes.js';
import { MembershipSchema } from '../members/membership.entity.js';
import { TeamSchema } from '../teams/team.entity.js';

/** Serves {@link memberLookupRoute}: every query is limited to the organization named in the request. */
export function memberLookupRoutes(fork: () => EntityManager): ServedRoute[] {
  return [
    serve(memberLookupRoute, async ({ organizationId, teamIds, userIds }) => {
      const em = fork();
      const teams = teamIds.length ? await em.find(TeamSchema, { organizationId, id: { $in: teamIds } }, { fields: ['id'] }) : [];
      const memberships = userIds.length ? await em.find(MembershipSchema, { organizationId, userId: { $in: userIds } }, { fields: ['userId'] }) : [];
      return { teamIds: teams.map((team) => team.id), userIds: memberships.map((membership) => membership.userId) };
    }),
  ];
}
