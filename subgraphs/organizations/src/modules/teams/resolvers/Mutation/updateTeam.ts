import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Renames a team or changes its description. */
export const updateTeam: MutationResolvers['updateTeam'] = (_parent, args, ctx) => ctx.teams.update(args.input);
