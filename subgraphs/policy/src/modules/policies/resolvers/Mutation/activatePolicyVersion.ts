import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Makes a version current (rolling back is activating an older one). */
export const activatePolicyVersion: MutationResolvers['activatePolicyVersion'] = (_parent, args, ctx) => ctx.policies.activateVersion(args.versionId);
