import { allow, type IRules } from '@steward/kernel';

/** The file types only carry what `Repository.fileTree` / `Repository.file` returned, and those are guarded by Repository's rule. */
export const filesRules: IRules = {
  RepositoryTree: allow,
  RepositoryFile: allow,
  TreeEntry: allow,
  TreeEntryConnection: allow,
  TreeEntryEdge: allow,
};
