import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import { TenantScope, isId, type Clock, type Logger, type SecretBox } from '@steward/kernel';
import { REPOS_TOPICS, reposEvent } from '../../repos.events.js';
import type { Provider } from '../repositories/repository.entity.js';
import { RepositoryRepository, webhookTargetOf } from '../repositories/repository.repository.js';
import { webhookSecretOf } from '../repositories/repository.service.js';
import type { DeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookDeliveryRepository, type NewDelivery } from './webhook-delivery.repository.js';
import { WEBHOOK_PATH_PREFIX } from './webhook-paths.js';
import type { WebhookProcessor } from './webhook-processor.js';
import { deliveryIdOf, eventNameOf, verifyWebhookSignature, type WebhookHeaders } from './webhook-signature.js';


const PROVIDER_PATHS: Record<string, Provider> = { github: 'GITHUB', gitlab: 'GITLAB' };

/** What the ingress needs from its process. */
export interface WebhookIngressOptions {
  fork: () => EntityManager;
  box: SecretBox;
  processor: WebhookProcessor;
  clock: Clock;
  logger: Logger;
  maxBytes: number;
  toleranceSeconds: number;
  publish(topic: string, payload: string): void;
}

/** The repository a request is addressed to, found before its body is read. */
interface Target {
  provider: Provider;
  organizationId: string;
  repositoryId: string;
}

/** One answer shape for every outcome: `{ status }` or `{ error }`, never an internal detail. */
const answer = (res: Response, httpStatus: number, body: Record<string, string>) => res.status(httpStatus).json(body);

/** Node's headers with one string per name (a repeated header counts by its first value). */
function headersOf(req: Request): WebhookHeaders {
  return Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]));
}

/**
 * The JSON a provider sent: the body itself, or GitHub's form-encoded variant (`payload=<json>`),
 * which is signed over the form bytes like any other body. Undefined when it is not JSON.
 */
function payloadOf(req: Request, body: Buffer): unknown {
  try {
    const text = body.toString('utf8');
    if ((req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(text).get('payload');
      return form === null ? undefined : JSON.parse(form);
    }
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Mounts the webhook ingress. Each request is answered only after its delivery is stored (and, when
 * accepted, its processing job is queued in the same transaction), so a 2xx means it will be
 * processed even if this process dies the next moment:
 * - unknown or disconnected repository, or a provider that does not match it → 404, body unread,
 *   the same answer whether or not the id exists in another organization;
 * - body over the cap → 413 before it is read to the end;
 * - missing or wrong signature → 401, the attempt stored without its payload, nothing processed;
 * - verified but not JSON → 400, stored as FAILED without its payload;
 * - a delivery id seen before → 200 `DUPLICATE`, stored for the record, not processed again;
 * - otherwise → 202 `RECEIVED`.
 */
export function mountWebhookIngress(app: Express, options: WebhookIngressOptions): void {
  const { logger } = options;

  const findTarget: RequestHandler = async (req, res, next) => {
    const provider = PROVIDER_PATHS[String(req.params.provider)];
    const repositoryId = String(req.params.repositoryId);
    if (!provider || !isId(repositoryId)) return void answer(res, 404, { error: 'not_found' });
    try {
      const repository = await webhookTargetOf(options.fork(), repositoryId);
      if (!repository || repository.provider !== provider || repository.status === 'DISCONNECTED') return void answer(res, 404, { error: 'not_found' });
      res.locals.target = { provider, organizationId: repository.organizationId, repositoryId } satisfies Target;
      res.locals.secret = webhookSecretOf(options.box, { id: repositoryId, webhookSecretSealed: repository.webhookSecretSealed });
      next();
    } catch (error) {
      next(error);
    }
  };

  const accept: RequestHandler = async (req, res, next) => {
    try {
      const target = res.locals.target as Target;
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const headers = headersOf(req);
      const now = options.clock();
      const digest = createHash('sha256').update(body).digest('hex');
      const secret = res.locals.secret as string | null;
      const check = secret
        ? await verifyWebhookSignature({ provider: target.provider, secret, body, headers, now, toleranceSeconds: options.toleranceSeconds })
        : { scheme: 'NONE' as const, verified: false, reason: 'The repository has no usable webhook secret; rotate it.' };
      const base = {
        id: randomUUID(),
        organizationId: target.organizationId,
        repositoryId: target.repositoryId,
        provider: target.provider,
        deliveryId: deliveryIdOf(target.provider, headers) ?? digest,
        event: (eventNameOf(target.provider, headers) ?? 'unknown').slice(0, 100),
        action: null,
        receivedAt: now,
        signatureScheme: check.scheme,
        verified: check.verified,
        payloadDigest: digest,
      };
      if (!check.verified) {
        await store(options, { ...base, status: 'FAILED', error: check.reason ?? 'The signature did not match.', payload: null });
        logger.warn('Webhook refused: signature (repositoryId=%s, scheme=%s)', target.repositoryId, check.scheme);
        return void answer(res, 401, { error: 'invalid_signature' });
      }
      const payload = payloadOf(req, body);
      if (payload === undefined || payload === null || typeof payload !== 'object') {
        await store(options, { ...base, status: 'FAILED', error: 'The body is not a JSON object.', payload: null });
        return void answer(res, 400, { error: 'malformed_json' });
      }
      const status = await store(options, { ...base, status: 'RECEIVED', error: null, payload });
      return void answer(res, status === 'DUPLICATE' ? 200 : 202, { id: base.id, status });
    } catch (error) {
      next(error);
    }
  };

  // Body-parser's errors carry their HTTP status (413 over the cap, 400 for an aborted or unreadable
  // body); anything else is ours and answers a bare 500, logged but never described to the sender.
  const failed: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
    if (error.type === 'entity.too.large') return void answer(res, 413, { error: 'payload_too_large' });
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) return void answer(res, 400, { error: 'unreadable_body' });
    logger.error({ err: error }, 'Webhook ingress failed');
    answer(res, 500, { error: 'internal_error' });
  };

  app.post(`${WEBHOOK_PATH_PREFIX}/:provider/:repositoryId`, findTarget, express.raw({ type: () => true, limit: options.maxBytes }), accept, failed);
}

/**
 * Stores a delivery, queues its processing when it is accepted, and records the time on its
 * repository — in one transaction, so a delivery is never stored without its job or the reverse.
 * Subscribers hear of it after the commit.
 */
async function store(options: WebhookIngressOptions, delivery: NewDelivery): Promise<DeliveryStatus> {
  const tenant = TenantScope.of(delivery.organizationId);
  const status = await options.fork().transactional(async (tx) => {
    const stored = await new WebhookDeliveryRepository(tx, tenant).record(delivery);
    if (stored === 'RECEIVED') await options.processor.enqueue(tx, delivery);
    if (delivery.verified) await new RepositoryRepository(tx, tenant).touchDelivery(delivery.repositoryId, delivery.receivedAt);
    return stored;
  });
  options.publish(REPOS_TOPICS.webhookDelivery, reposEvent({ id: delivery.id, organizationId: delivery.organizationId, repositoryId: delivery.repositoryId }));
  return status;
}
