import type { TeamResolvers } from '../../../__generated__/resolvers-types.js';

/** Team fields, batched per request. */
export const Team: TeamResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.teams.byId.load(reference.id),
  organization: (team, _args, ctx) => ctx.loaders.organizations.byId.load(team.organizationId),
  members: (team, _args, ctx) => ctx.loaders.teams.members.load(team.id),
  viewerCanManage: (team, _args, ctx) => ctx.access.can(team.organizationId, 'team:manage'),
};
