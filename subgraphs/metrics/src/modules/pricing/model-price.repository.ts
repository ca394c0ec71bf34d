import type { EntityManager } from '@mikro-orm/postgresql';
import { ModelPriceSchema, type ModelPrice } from './model-price.entity.js';

/** Price versions one organization sees: its own plus the default catalogue (organization null). */
export class ModelPriceRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
  ) {}

  /** Every version visible to the organization (a few dozen rows), to build a price book. */
  listVisible(): Promise<ModelPrice[]> {
    return this.em.find(ModelPriceSchema, { $or: [{ organizationId: this.organizationId }, { organizationId: null }] });
  }

  /**
   * A page of visible versions: the organization's own first, then by provider, pattern and newest
   * `effectiveFrom`. Positions are offsets; the list is small and changes rarely.
   */
  async page(provider: string | null, offset: number, limit: number): Promise<ModelPrice[]> {
    return this.em.find(
      ModelPriceSchema,
      { $or: [{ organizationId: this.organizationId }, { organizationId: null }], ...(provider ? { provider } : {}) },
      {
        orderBy: [{ organizationId: 'asc nulls last' }, { provider: 'asc' }, { modelPattern: 'asc' }, { effectiveFrom: 'desc' }, { id: 'asc' }],
        offset,
        limit,
      },
    );
  }

  findVersion(provider: string, modelPattern: string, effectiveFrom: Date): Promise<ModelPrice | null> {
    return this.em.findOne(ModelPriceSchema, { organizationId: this.organizationId, provider, modelPattern, effectiveFrom });
  }

  add(data: Omit<ModelPrice, 'organizationId'>): ModelPrice {
    return this.em.create(ModelPriceSchema, { ...data, organizationId: this.organizationId });
  }
}
