import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Gives a member another role. */
export const changeMemberRole: MutationResolvers['changeMemberRole'] = (_parent, args, ctx) => ctx.members.changeRole(args.input);
