import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { WebhookDeliverySchema, type DeliveryStatus, type WebhookDelivery } from './webhook-delivery.entity.js';

/** What the ingress stores about one request before it answers. */
export type NewDelivery = Omit<WebhookDelivery, 'payload' | 'attempts' | 'pullRequestId' | 'processedAt'> & { payload: unknown };

/** A delivery as its processor reads it: the stored payload included. */
export interface DeliveryToProcess {
  id: string;
  repositoryId: string;
  provider: WebhookDelivery['provider'];
  event: string;
  status: DeliveryStatus;
  verified: boolean;
  payload: unknown;
}

const NEWEST_FIRST = { receivedAt: 'desc', id: 'desc' } as const;

/** Webhook deliveries of the organizations in its scope, and nothing else. */
export class WebhookDeliveryRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<WebhookDelivery[]> {
    return this.find(WebhookDeliverySchema, { id: { $in: [...ids] } });
  }

  pageForRepository(repositoryId: string, status: DeliveryStatus | undefined, page: PageRequest<unknown>): Promise<Connection<WebhookDelivery>> {
    return this.findPage(WebhookDeliverySchema, { repositoryId, ...(status ? { status } : {}) }, page, NEWEST_FIRST);
  }

  pageForPullRequest(pullRequestId: string, page: PageRequest<unknown>): Promise<Connection<WebhookDelivery>> {
    return this.findPage(WebhookDeliverySchema, { pullRequestId }, page, NEWEST_FIRST);
  }

  /**
   * Stores a delivery. An accepted (verified, RECEIVED) one is stored only if its provider delivery
   * id is new for the repository — the unique index decides, so of ten parallel copies exactly one
   * wins — and the others are stored as DUPLICATE rows for the record. Returns the stored status.
   */
  async record(delivery: NewDelivery): Promise<DeliveryStatus> {
    this.assertInScope(delivery.organizationId);
    const insert = (status: DeliveryStatus, onConflict: string) =>
      this.sql<{ id: string }>(
        `insert into repos.webhook_deliveries (id, organization_id, repository_id, provider, delivery_id, event, action, received_at,
            signature_scheme, verified, status, error, attempts, payload_digest, payload)
          select v.* from (values (?::uuid, ?::uuid, ?::uuid, ?, ?, ?, ?, ?::timestamptz, ?, ?::boolean, ?, ?, 0, ?, ?::jsonb))
            as v(id, organization_id, repository_id, provider, delivery_id, event, action, received_at, signature_scheme, verified, status, error, attempts, payload_digest, payload)
          where {{tenant:v}}
          ${onConflict}
          returning id`,
        [
          delivery.id, delivery.organizationId, delivery.repositoryId, delivery.provider, delivery.deliveryId, delivery.event, delivery.action ?? null,
          delivery.receivedAt, delivery.signatureScheme, delivery.verified, status, delivery.error ?? null, delivery.payloadDigest,
          delivery.payload === null ? null : JSON.stringify(delivery.payload),
        ],
      );
    if (delivery.status !== 'RECEIVED') {
      await insert(delivery.status, '');
      return delivery.status;
    }
    const accepted = await insert('RECEIVED', `on conflict (repository_id, delivery_id) where payload is not null do nothing`);
    if (accepted.length) return 'RECEIVED';
    // A replay keeps no payload: the first copy has it, and a replay storm should not fill the disk.
    await this.sql(
      `insert into repos.webhook_deliveries (id, organization_id, repository_id, provider, delivery_id, event, action, received_at,
          signature_scheme, verified, status, error, attempts, payload_digest, payload)
        select v.* from (values (?::uuid, ?::uuid, ?::uuid, ?, ?, ?, ?, ?::timestamptz, ?, true, 'DUPLICATE', null, 0, ?, null::jsonb))
          as v(id, organization_id, repository_id, provider, delivery_id, event, action, received_at, signature_scheme, verified, status, error, attempts, payload_digest, payload)
        where {{tenant:v}}`,
      [delivery.id, delivery.organizationId, delivery.repositoryId, delivery.provider, delivery.deliveryId, delivery.event, delivery.action ?? null, delivery.receivedAt, delivery.signatureScheme, delivery.payloadDigest],
    );
    return 'DUPLICATE';
  }

  /** Counts a processing run and returns the delivery with its payload (null when it is not there). */
  async startRun(id: string): Promise<DeliveryToProcess | null> {
    const rows = await this.sql<{ id: string; repository_id: string; provider: WebhookDelivery['provider']; event: string; status: DeliveryStatus; verified: boolean; payload: unknown }>(
      `update repos.webhook_deliveries set attempts = attempts + 1 where id = ? and {{tenant}}
        returning id, repository_id, provider, event, status, verified, payload`,
      [id],
    );
    const row = rows[0];
    return row ? { id: row.id, repositoryId: row.repository_id, provider: row.provider, event: row.event, status: row.status, verified: row.verified, payload: row.payload } : null;
  }

  /** Records what processing made of a delivery. */
  async finish(id: string, outcome: { status: DeliveryStatus; action: string | null; error: string | null; pullRequestId: string | null; at: Date }): Promise<void> {
    await this.sql(
      `update repos.webhook_deliveries set status = ?, action = coalesce(?, action), error = ?, pull_request_id = coalesce(?::uuid, pull_request_id), processed_at = ?
        where id = ? and {{tenant}}`,
      [outcome.status, outcome.action, outcome.error?.slice(0, 500) ?? null, outcome.pullRequestId, outcome.at, id],
    );
  }

  /** Puts a stored, verified delivery back to RECEIVED for another run; false when it cannot be (no payload). */
  async reopen(id: string): Promise<boolean> {
    const rows = await this.sql(
      `update repos.webhook_deliveries set status = 'RECEIVED', error = null, processed_at = null
        where id = ? and verified and payload is not null and {{tenant}} returning id`,
      [id],
    );
    return rows.length > 0;
  }
}
