import type { PullRequestResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution and the pull request's links. */
export const PullRequest: PullRequestResolvers = {
  __resolveReference: (reference, ctx) => ctx.pullRequests.byId(reference.id),
  repository: async (pullRequest, _args, ctx) => ctx.repositories.require(pullRequest.repositoryId),
  updatedAt: (pullRequest) => pullRequest.providerUpdatedAt,
  deliveries: (pullRequest, args, ctx) => ctx.deliveries.listForPullRequest(pullRequest, args),
  reviewComments: (pullRequest, args, ctx) => ctx.reviews.listComments(pullRequest, args),
  checkRuns: (pullRequest, args, ctx) => ctx.reviews.listCheckRuns(pullRequest, args),
};
