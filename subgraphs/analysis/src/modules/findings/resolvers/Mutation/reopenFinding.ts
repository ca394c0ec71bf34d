import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Reopens an ignored finding. */
export const reopenFinding: MutationResolvers['reopenFinding'] = (_parent, args, ctx) => ctx.findings.reopen(args.findingId);
