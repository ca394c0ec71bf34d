import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** The price version applying to a model at an instant. */
export const effectiveModelPrice: QueryResolvers['effectiveModelPrice'] = (_parent, args, ctx) =>
  ctx.pricing.effective(args.organizationId, args.provider, args.model, args.at ? new Date(args.at) : null);
