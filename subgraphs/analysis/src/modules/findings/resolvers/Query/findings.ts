import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A project’s findings, most severe first. */
export const findings: QueryResolvers['findings'] = (_parent, args, ctx) => ctx.findings.listForProject(args.projectId, args);
