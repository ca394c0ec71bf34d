import type { VersionPolicyStatusResolvers } from '../../../__generated__/resolvers-types.js';

/** The outcome of a version's latest promotion decision. */
export const VersionPolicyStatus: VersionPolicyStatusResolvers = {
  outcome: (status) => status.lastDecision?.outcome ?? null,
};
