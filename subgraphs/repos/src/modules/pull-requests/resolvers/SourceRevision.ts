import type { SourceRevisionResolvers } from '../../../__generated__/resolvers-types.js';

/** A source revision's repository, when the caller may read it. */
export const SourceRevision: SourceRevisionResolvers = {
  repository: (revision, _args, ctx) => (revision.repository ? ctx.repositories.byId(revision.repository.id) : null),
};
