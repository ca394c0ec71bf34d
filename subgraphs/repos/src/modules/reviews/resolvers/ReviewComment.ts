import type { ReviewCommentResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution and the comment's derived fields. */
export const ReviewComment: ReviewCommentResolvers = {
  __resolveReference: (reference, ctx) => ctx.reviews.commentById(reference.id),
  pullRequest: (comment, _args, ctx) => ctx.pullRequests.require(comment.pullRequestId),
  body: (comment, _args, ctx) => ctx.reviews.bodyOf(comment),
};
