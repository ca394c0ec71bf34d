import type { RepositoryResolvers } from '../../../__generated__/resolvers-types.js';

/** The files module's part of a Repository: its tree and files at a ref. */
export const Repository: RepositoryResolvers = {
  fileTree: (repository, args, ctx) => ctx.files.tree(repository, args.ref),
  file: (repository, args, ctx) => ctx.files.file(repository, args.path, args.ref),
};
