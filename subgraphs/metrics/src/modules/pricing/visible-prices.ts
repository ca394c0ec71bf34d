import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantScope } from '@steward/kernel';
import type { ModelPrice } from './model-price.entity.js';
import { ModelPriceRepository } from './model-price.repository.js';
import { PriceCatalogueRepository } from './price-catalogue.repository.js';

/**
 * The price versions an organization sees (a few dozen rows), in list order: its own first, then
 * the catalogue's, each by provider, pattern and newest version.
 */
export async function visiblePrices(em: EntityManager, scope: TenantScope, provider: string | null = null): Promise<ModelPrice[]> {
  const own = await new ModelPriceRepository(em, scope).list(provider);
  const catalogue = await new PriceCatalogueRepository(em).list(provider);
  return [...own, ...catalogue];
}
