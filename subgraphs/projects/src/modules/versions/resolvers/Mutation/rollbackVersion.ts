import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Brings back the previous production version. */
export const rollbackVersion: MutationResolvers['rollbackVersion'] = (_parent, args, ctx) => ctx.versions.rollback(args.input);
