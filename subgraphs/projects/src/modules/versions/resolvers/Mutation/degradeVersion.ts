import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Retires a version. */
export const degradeVersion: MutationResolvers['degradeVersion'] = (_parent, args, ctx) => ctx.versions.degrade(args.input);
