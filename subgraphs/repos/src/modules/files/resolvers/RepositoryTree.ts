import type { RepositoryTreeResolvers } from '../../../__generated__/resolvers-types.js';
import { treeEntryPage } from '../tree-entries.js';

/** A cached tree: its commit and a page of its entries. */
export const RepositoryTree: RepositoryTreeResolvers = {
  commitSha: (tree) => tree.sha,
  entries: (tree, args) => treeEntryPage(tree.entries, args),
};
