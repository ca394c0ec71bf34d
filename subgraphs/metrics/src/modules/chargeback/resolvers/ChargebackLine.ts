import type { ChargebackLineResolvers } from '../../../__generated__/resolvers-types.js';

/** Line fields; the charged team, project or user as a stub for its owning subgraph. */
export const ChargebackLine: ChargebackLineResolvers = {
  costUsd: (line) => line.costMicros,
  team: (line) => (line.dimension === 'TEAM' && line.attributedToId ? { __typename: 'Team', id: line.attributedToId } : null),
  project: (line) => (line.dimension === 'PROJECT' && line.attributedToId ? { __typename: 'Project', id: line.attributedToId } : null),
  user: (line) => (line.dimension === 'USER' && line.attributedToId ? { __typename: 'User', id: line.attributedToId } : null),
};
