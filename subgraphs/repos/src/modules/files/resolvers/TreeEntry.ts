import type { TreeEntryResolvers } from '../../../__generated__/resolvers-types.js';

/** Provider entry types in the schema's case. */
export const TreeEntry: TreeEntryResolvers = {
  type: (entry) => (entry.type === 'tree' ? 'TREE' : 'BLOB'),
};
