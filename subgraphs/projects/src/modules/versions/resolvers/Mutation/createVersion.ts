import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Creates a candidate version. */
export const createVersion: MutationResolvers['createVersion'] = (_parent, args, ctx) => ctx.versions.create(args.input);
