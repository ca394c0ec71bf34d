import type { EntityManager } from '@mikro-orm/postgresql';
import { ModelPriceSchema, type ModelPrice } from './model-price.entity.js';
import { PRICE_ORDER } from './model-price.repository.js';

/**
 * The price catalogue shipped with Steward (rows without an organization, seeded by the first
 * migration): the same for every tenant and never written by one, so it is no tenant's data.
 */
export class PriceCatalogueRepository {
  constructor(private readonly em: EntityManager) {}

  /** Every catalogue version (of one provider, when given), in {@link PRICE_ORDER}. */
  list(provider: string | null = null): Promise<ModelPrice[]> {
    return this.em.find(ModelPriceSchema, { organizationId: null, ...(provider ? { provider } : {}) }, { orderBy: PRICE_ORDER });
  }
}
