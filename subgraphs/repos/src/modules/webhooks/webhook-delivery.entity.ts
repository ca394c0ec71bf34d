import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { PROVIDERS } from '../repositories/repository.entity.js';

/** How a delivery proved it came from the provider. */
export const SIGNATURE_SCHEMES = ['HMAC_SHA256', 'GITLAB_TOKEN', 'STANDARD_WEBHOOKS', 'NONE'] as const;
export type SignatureScheme = (typeof SIGNATURE_SCHEMES)[number];

/**
 * RECEIVED: stored and queued; PROCESSED: applied; IGNORED: an event Steward does not use;
 * DUPLICATE: a replay of a delivery id already received (not processed again); FAILED: refused
 * (bad signature, malformed body) or its processing failed for good.
 */
export const DELIVERY_STATUSES = ['RECEIVED', 'PROCESSED', 'IGNORED', 'DUPLICATE', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One webhook request a provider sent to a repository's URL: stored before it is answered, so an
 * accepted delivery is never lost, and kept as the audit trail of what arrived. A delivery that
 * failed its signature check keeps no payload: its bytes are nobody's word.
 */
export const WebhookDeliverySchema = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'webhook_deliveries',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    repositoryId: p.uuid(),
    provider: p.enum([...PROVIDERS]),
    /** The provider's id of the delivery (`X-GitHub-Delivery`, `Idempotency-Key`, …), or the payload digest when it sent none. */
    deliveryId: p.string().length(200),
    event: p.string().length(100),
    action: p.string().length(100).nullable(),
    receivedAt: p.datetime(),
    signatureScheme: p.enum([...SIGNATURE_SCHEMES]),
    verified: p.boolean(),
    status: p.enum([...DELIVERY_STATUSES]),
    error: p.string().length(500).nullable(),
    attempts: p.integer(),
    payloadDigest: p.string().length(64),
    payload: p.json<unknown>().nullable().lazy(),
    pullRequestId: p.uuid().nullable(),
    processedAt: p.datetime().nullable(),
  }),
});
export type WebhookDelivery = InferEntity<typeof WebhookDeliverySchema>;
