import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Promotes a candidate to production. */
export const promoteVersion: MutationResolvers['promoteVersion'] = (_parent, args, ctx) => ctx.versions.promote(args.input);
