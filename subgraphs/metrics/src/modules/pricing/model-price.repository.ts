import { TenantRepository } from '@steward/kernel';
import type { ModelPrice } from './model-price.entity.js';

/** A price version an organization set (the catalogue's have no organization). */
export type OrganizationModelPrice = ModelPrice & { organizationId: string };

/**
 * The entity by name: its schema types `organizationId` as nullable (catalogue rows have none),
 * while the rows this repository reaches always have one.
 */
const ORGANIZATION_PRICE = 'ModelPrice';

/** The order price lists are shown in: by provider and pattern, the newest version first. */
export const PRICE_ORDER = { provider: 'asc', modelPattern: 'asc', effectiveFrom: 'desc', id: 'asc' } as const;

/** Price versions the organizations in scope set themselves (the catalogue is {@link PriceCatalogueRepository}'s). */
export class ModelPriceRepository extends TenantRepository {
  /** Every version in scope (of one provider, when given), in {@link PRICE_ORDER}. */
  list(provider: string | null = null): Promise<OrganizationModelPrice[]> {
    return this.find<OrganizationModelPrice>(ORGANIZATION_PRICE, provider ? { provider } : {}, { orderBy: PRICE_ORDER });
  }

  findVersion(organizationId: string, provider: string, modelPattern: string, effectiveFrom: Date): Promise<OrganizationModelPrice | null> {
    return this.findOne<OrganizationModelPrice>(ORGANIZATION_PRICE, { organizationId, provider, modelPattern, effectiveFrom });
  }

  /** Adds a version (written at the next {@link save}). */
  add(data: OrganizationModelPrice): OrganizationModelPrice {
    return this.create<OrganizationModelPrice>(ORGANIZATION_PRICE, data);
  }

  save(): Promise<void> {
    return this.flush();
  }
}
