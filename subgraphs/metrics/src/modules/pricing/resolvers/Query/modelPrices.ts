import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A page of the organization's model prices. */
export const modelPrices: QueryResolvers['modelPrices'] = (_parent, args, ctx) =>
  ctx.pricing.list(args.organizationId, args.provider, { first: args.first, after: args.after });
