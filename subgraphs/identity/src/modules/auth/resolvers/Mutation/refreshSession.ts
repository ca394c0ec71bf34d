import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Exchanges a refresh token for new tokens. */
export const refreshSession: MutationResolvers['refreshSession'] = (_parent, args, ctx) => ctx.auth.refresh(args.refreshToken);
