import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** The organization's cost over a range, charged to teams, projects or users. */
export const chargebackReport: QueryResolvers['chargebackReport'] = (_parent, args, ctx) =>
  ctx.chargeback.report(args.organizationId, { from: new Date(args.from), to: new Date(args.to), by: args.by });
