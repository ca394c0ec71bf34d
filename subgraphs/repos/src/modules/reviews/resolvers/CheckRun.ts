import type { CheckRunResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution and the check run's derived fields. */
export const CheckRun: CheckRunResolvers = {
  __resolveReference: (reference, ctx) => ctx.reviews.checkRunById(reference.id),
  pullRequest: (run, _args, ctx) => ctx.pullRequests.require(run.pullRequestId),
  status: (run) => (run.publishState === 'PUBLISHED' ? 'COMPLETED' : 'QUEUED'),
  annotationCount: (run) => run.annotations.length,
};
