import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Deletes a team. */
export const deleteTeam: MutationResolvers['deleteTeam'] = (_parent, args, ctx) => ctx.teams.remove(args.organizationId, args.teamId);
