import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A usage batch the caller may read, or null. */
export const llmUsageBatch: QueryResolvers['llmUsageBatch'] = (_parent, args, ctx) => ctx.loaders.batchById.load(args.id);
