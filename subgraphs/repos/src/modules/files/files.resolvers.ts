import type { ResolverMap } from '@steward/kernel';
import { Repository } from './resolvers/Repository.js';
import { RepositoryTree } from './resolvers/RepositoryTree.js';
import { TreeEntry } from './resolvers/TreeEntry.js';

/** The files module's resolvers. */
export const filesResolvers: ResolverMap = { Repository, RepositoryTree, TreeEntry };
