import type { UsageGroupResolvers } from '../../../__generated__/resolvers-types.js';

/** Stubs for the grouped project, team and user, filled by their owning subgraphs. */
export const UsageGroup: UsageGroupResolvers = {
  project: (group) => (group.projectId ? { __typename: 'Project', id: group.projectId } : null),
  team: (group) => (group.teamId ? { __typename: 'Team', id: group.teamId } : null),
  user: (group) => (group.userId ? { __typename: 'User', id: group.userId } : null),
};
