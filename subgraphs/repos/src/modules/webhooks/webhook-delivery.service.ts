import { randomUUID } from 'node:crypto';
import { NotFoundError, keys, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import { z } from 'zod';
import type { ServiceScope } from '../../repos.context.js';
import { DeliveryNotRedeliverableError, RepositoryDisconnectedError } from '../../repos.errors.js';
import { REPOS_TOPICS, reposEvent } from '../../repos.events.js';
import type { PullRequest } from '../pull-requests/pull-request.entity.js';
import type { Repository } from '../repositories/repository.entity.js';
import type { RepositoryService } from '../repositories/repository.service.js';
import { DELIVERY_STATUSES, type WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookDeliveryRepository } from './webhook-delivery.repository.js';

const DeliveryListModel = z.object({ status: z.enum(DELIVERY_STATUSES).nullish() });

/** Reads the webhook deliveries repositories received, and processes one again on request. */
export class WebhookDeliveryService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly repositories: RepositoryService,
  ) {}

  /** The delivery when the caller may read its repository, else null. */
  byId(rawId: unknown): Promise<WebhookDelivery | null> {
    return this.scope.loaders.deliveryById.load(parseId(rawId, 'id'));
  }

  /** `Repository.deliveries`, newest first. */
  async listFor(repository: Repository, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<WebhookDelivery>> {
    const tenant = await this.scope.access.scopeOf(repository.organizationId, 'repo:read');
    const page = parsePage(rawArgs, keys.timeId);
    const { status } = parseInput(DeliveryListModel, rawArgs);
    return new WebhookDeliveryRepository(this.scope.em, tenant).pageForRepository(repository.id, status ?? undefined, page);
  }

  /** `PullRequest.deliveries`, newest first. */
  async listForPullRequest(pullRequest: PullRequest, rawArgs: PageArgs): Promise<Connection<WebhookDelivery>> {
    const tenant = await this.scope.access.scopeOf(pullRequest.organizationId, 'repo:read');
    return new WebhookDeliveryRepository(this.scope.em, tenant).pageForPullRequest(pullRequest.id, parsePage(rawArgs, keys.timeId));
  }

  /** Puts a stored delivery back in the queue; its repository must still be connected and the delivery must have kept its payload. */
  async redeliver(rawId: unknown): Promise<WebhookDelivery> {
    const found = await this.byId(rawId);
    if (!found) throw new NotFoundError('WebhookDelivery');
    const tenant = await this.scope.access.scopeOf(found.organizationId, 'repo:manage');
    const repository = await this.repositories.require(found.repositoryId);
    if (repository.status === 'DISCONNECTED') throw new RepositoryDisconnectedError();
    await this.scope.em.transactional(async (tx) => {
      if (!(await new WebhookDeliveryRepository(tx, tenant).reopen(found.id))) throw new DeliveryNotRedeliverableError();
      await this.scope.processor.enqueue(tx, found, `redelivery:${randomUUID()}`);
    });
    this.scope.logger.info('Webhook delivery queued again (deliveryId=%s)', found.id);
    this.scope.publish(REPOS_TOPICS.webhookDelivery, reposEvent({ id: found.id, organizationId: found.organizationId, repositoryId: found.repositoryId }));
    const [reopened] = await new WebhookDeliveryRepository(this.scope.em.fork(), tenant).findByIds([found.id]);
    return reopened ?? found;
  }
}
