import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Stores a review and queues its publishing to the provider. */
export const publishReview: MutationResolvers['publishReview'] = (_parent, args, ctx) => ctx.reviews.publish(args.pullRequestId, args.input);
