import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Takes a member out of a team. */
export const removeTeamMember: MutationResolvers['removeTeamMember'] = (_parent, args, ctx) => ctx.teams.removeMember(args.input);
