import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, type AccessControl } from '@steward/kernel';
import type { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookDeliveryRepository } from './webhook-delivery.repository.js';

/** Per-request batch loaders of webhook deliveries, limited to the organizations where the caller may read repositories. */
export interface DeliveryLoaders {
  /** Deliveries by id in key order; null for unknown ids and for deliveries of other tenants. */
  deliveryById: DataLoader<string, WebhookDelivery | null>;
}

export function createDeliveryLoaders(em: EntityManager, access: AccessControl): DeliveryLoaders {
  return {
    deliveryById: loaderById(async (ids) => new WebhookDeliveryRepository(em, await access.scope('repo:read')).findByIds(ids)),
  };
}
