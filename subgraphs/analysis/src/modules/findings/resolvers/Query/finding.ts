import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** One finding by id (null when the caller may not read it). */
export const finding: QueryResolvers['finding'] = (_parent, args, ctx) => ctx.findings.byId(args.id);
