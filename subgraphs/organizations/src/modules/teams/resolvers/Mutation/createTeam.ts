import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Creates a team. */
export const createTeam: MutationResolvers['createTeam'] = (_parent, args, ctx) => ctx.teams.create(args.input);
