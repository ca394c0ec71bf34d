import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A least-squares projection of the organization's daily cost. */
export const costForecast: QueryResolvers['costForecast'] = (_parent, args, ctx) =>
  ctx.forecasts.costForecast(args.organizationId, { horizonDays: args.horizonDays, trailingDays: args.trailingDays, asOf: args.asOf ? new Date(args.asOf) : null });
