import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Ignores a finding with a reason. */
export const ignoreFinding: MutationResolvers['ignoreFinding'] = (_parent, args, ctx) => ctx.findings.ignore(args.input);
