import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Prepares an upload. */
export const createAnalysisUpload: MutationResolvers['createAnalysisUpload'] = (_parent, args, ctx) => ctx.artifacts.createUpload(args.input);
