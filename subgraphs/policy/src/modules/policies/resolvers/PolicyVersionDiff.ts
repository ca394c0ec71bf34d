import type { PolicyVersionDiffResolvers } from '../../../__generated__/resolvers-types.js';

/** A diff's rule lists, as the engine computed them. */
export const PolicyVersionDiff: PolicyVersionDiffResolvers = {
  addedRules: (diff) => [...diff.added],
  removedRules: (diff) => [...diff.removed],
  changedRules: (diff) => diff.changed.map((change) => ({ rule: change.rule, changes: change.changes.map((entry) => ({ path: entry.path, before: entry.before ?? null, after: entry.after ?? null })) })),
};
