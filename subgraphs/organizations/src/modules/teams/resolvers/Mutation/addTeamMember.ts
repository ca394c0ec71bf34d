import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Adds a member to a team. */
export const addTeamMember: MutationResolvers['addTeamMember'] = (_parent, args, ctx) => ctx.teams.addMember(args.input);
