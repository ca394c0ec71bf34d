import { createHmac, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { SeedConnectRepositoryDocument, type RepositoryProvider } from '@steward/client';
import type { SeedTarget } from '../stack.js';
import type { SeededUser } from './identity.seed.js';
import type { SeededOrganization } from './organizations.seed.js';
import { seedRequest } from './seed-request.js';

/** Options of `seed(stack).repository()`. */
export interface SeedRepositoryOptions {
  /** Who connects it; the organization's owner when omitted. */
  as?: SeededUser;
  provider?: RepositoryProvider;
  /** A unique `steward-tests/repo-<n>` when omitted. */
  fullName?: string;
  projectId?: string;
  apiBaseUrl?: string;
  accessToken?: string;
}

/** A webhook request as a test sends it: raw bytes and headers, so signatures can be made right or wrong. */
export interface WebhookRequest {
  body: string | Buffer;
  headers: Record<string, string>;
}

/** A connected repository with its one-time webhook secret, and helpers that deliver to it. */
export interface SeededRepository {
  id: string;
  organizationId: string;
  fullName: string;
  provider: RepositoryProvider;
  /** The public URL on the gateway's origin (as shown to the user). */
  webhookUrl: string;
  webhookSecret: string;
  /** A GitHub delivery of `event` with `payload`, signed with the repository's secret (or `secret`). */
  githubDelivery(event: string, payload: unknown, options?: { deliveryId?: string; secret?: string }): WebhookRequest;
  /**
   * A GitLab delivery of `event` (e.g. `Merge Request Hook`): authenticated with `X-Gitlab-Token`,
   * or signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`, `webhook-signature`) at `signedAt`.
   */
  gitlabDelivery(event: string, payload: unknown, options?: { scheme?: 'token' | 'standard'; deliveryId?: string; secret?: string; signedAt?: Date }): WebhookRequest;
  /** POSTs a webhook request to the repository's path on the stack's gateway; returns the status and JSON answer. */
  send(request: WebhookRequest): Promise<{ status: number; body: Record<string, unknown> }>;
}

let sequence = 0;

/** Connects a repository through the API as a client would. */
export async function seedRepository(stack: SeedTarget, org: Pick<SeededOrganization, 'id' | 'owner'>, options: SeedRepositoryOptions = {}): Promise<SeededRepository> {
  sequence += 1;
  const data = await seedRequest(
    stack,
    'a repository',
    SeedConnectRepositoryDocument,
    {
      input: {
        organizationId: org.id,
        provider: options.provider ?? 'GITHUB',
        fullName: options.fullName ?? `steward-tests/repo-${sequence}-${randomUUID().slice(0, 8)}`,
        projectId: options.projectId,
        apiBaseUrl: options.apiBaseUrl,
        accessToken: options.accessToken ?? 'ghp_test_token_0123456789',
      },
    },
    (options.as ?? org.owner).accessToken,
  );
  const setup = data.connectRepository;
  const repository = setup.repository;
  const path = new URL(setup.webhookUrl).pathname;
  return {
    id: repository.id,
    organizationId: repository.organization.id,
    fullName: repository.fullName,
    provider: repository.provider,
    webhookUrl: setup.webhookUrl,
    webhookSecret: setup.webhookSecret,
    githubDelivery(event, payload, deliveryOptions = {}) {
      const body = JSON.stringify(payload);
      const signature = createHmac('sha256', deliveryOptions.secret ?? setup.webhookSecret).update(body).digest('hex');
      return {
        body,
        headers: {
          'content-type': 'application/json',
          'x-github-event': event,
          'x-github-delivery': deliveryOptions.deliveryId ?? randomUUID(),
          'x-hub-signature-256': `sha256=${signature}`,
        },
      };
    },
    gitlabDelivery(event, payload, deliveryOptions = {}) {
      const body = JSON.stringify(payload);
      const secret = deliveryOptions.secret ?? setup.webhookSecret;
      const deliveryId = deliveryOptions.deliveryId ?? randomUUID();
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-gitlab-event': event, 'x-gitlab-event-uuid': deliveryId, 'idempotency-key': deliveryId };
      if (deliveryOptions.scheme === 'standard') {
        const signedAt = deliveryOptions.signedAt ?? new Date();
        headers['webhook-id'] = deliveryId;
        headers['webhook-timestamp'] = String(Math.floor(signedAt.getTime() / 1000));
        headers['webhook-signature'] = new Webhook(secret).sign(deliveryId, signedAt, body);
      } else {
        headers['x-gitlab-token'] = secret;
      }
      return { body, headers };
    },
    async send(request) {
      const response = await fetch(new URL(path, stack.gatewayUrl), { method: 'POST', headers: request.headers, body: request.body });
      const text = await response.text();
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        body = { text };
      }
      return { status: response.status, body };
    },
  };
}
