import { userReferenceOf } from '@steward/kernel';
import type { RepositoryResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution and the repository's derived fields. */
export const Repository: RepositoryResolvers = {
  __resolveReference: (reference, ctx) => ctx.repositories.byId(reference.id),
  organization: (repository) => ({ id: repository.organizationId }),
  project: (repository) => (repository.projectId ? { id: repository.projectId } : null),
  webhookUrl: (repository, _args, ctx) => ctx.repositories.webhookUrlOf(repository),
  connectedBy: (repository) => userReferenceOf(repository.connectedBy),
  viewerCanManage: (repository, _args, ctx) => ctx.repositories.viewerCan(repository, 'repo:manage'),
  pullRequests: (repository, args, ctx) => ctx.pullRequests.listFor(repository, args),
  deliveries: (repository, args, ctx) => ctx.deliveries.listFor(repository, args),
};
