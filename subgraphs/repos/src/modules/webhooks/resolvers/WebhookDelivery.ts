import type { WebhookDeliveryResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution and the delivery's links. */
export const WebhookDelivery: WebhookDeliveryResolvers = {
  __resolveReference: (reference, ctx) => ctx.deliveries.byId(reference.id),
  repository: (delivery, _args, ctx) => ctx.repositories.require(delivery.repositoryId),
  pullRequest: (delivery, _args, ctx) => (delivery.pullRequestId ? ctx.pullRequests.byId(delivery.pullRequestId) : null),
};
