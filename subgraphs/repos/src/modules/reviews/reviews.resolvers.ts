import type { ResolverMap } from '@steward/kernel';
import { CheckRun } from './resolvers/CheckRun.js';
import { publishReview } from './resolvers/Mutation/publishReview.js';
import { ReviewComment } from './resolvers/ReviewComment.js';

/** The reviews module's resolvers (PullRequest's review lists come from this module's service, see PullRequest.ts). */
export const reviewsResolvers: ResolverMap = {
  Mutation: { publishReview },
  ReviewComment,
  CheckRun,
};
