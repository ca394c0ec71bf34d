import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Records a call's worth of LLM requests. */
export const recordLlmUsage: MutationResolvers['recordLlmUsage'] = (_parent, args, ctx) => ctx.ingest.record(args.organizationId, args.records);
