import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** Usage totals, series and top groups of an organization. */
export const usage: QueryResolvers['usage'] = (_parent, args, ctx) =>
  ctx.usage.report(args.organizationId, { filter: args.filter, groupBy: args.groupBy, granularity: args.granularity, top: args.top });
