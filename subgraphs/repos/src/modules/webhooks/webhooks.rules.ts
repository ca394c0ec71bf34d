import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Deliveries are visible to repository readers of their organization; redelivering needs repo:manage (checked by the service). */
export const webhooksRules: IRules = {
  Query: { webhookDelivery: isPrincipal },
  Mutation: { redeliverWebhook: isPrincipal },
  WebhookDelivery: holdsInOwningOrganization('repo:read'),
  WebhookDeliveryConnection: allow,
  WebhookDeliveryEdge: allow,
};
