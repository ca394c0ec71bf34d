import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A page of an organization's usage batches. */
export const llmUsageBatches: QueryResolvers['llmUsageBatches'] = (_parent, args, ctx) => ctx.ingest.listBatches(args.organizationId, args.projectId, args);
