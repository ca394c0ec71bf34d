import type { ResolverMap } from '@steward/kernel';
import { redeliverWebhook } from './resolvers/Mutation/redeliverWebhook.js';
import { webhookDelivery } from './resolvers/Query/webhookDelivery.js';
import { WebhookDelivery } from './resolvers/WebhookDelivery.js';

/** The webhooks module's resolvers (the ingress itself is HTTP, see webhook-ingress.ts). */
export const webhooksResolvers: ResolverMap = {
  Query: { webhookDelivery },
  Mutation: { redeliverWebhook },
  WebhookDelivery,
};
