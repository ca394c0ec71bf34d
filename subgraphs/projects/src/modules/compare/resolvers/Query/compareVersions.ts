import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** Compares two versions of one project. */
export const compareVersions: QueryResolvers['compareVersions'] = (_parent, args, ctx) => ctx.comparisons.compare(args.fromId, args.toId);
