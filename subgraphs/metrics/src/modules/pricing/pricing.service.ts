import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { ConflictError, organizationIdOf, parseInput, type Connection, type PageArgs } from '@steward/kernel';
import { pageOfList } from '../../list-page.js';
import type { MetricsScope } from '../../metrics.scope.js';
import type { ModelPrice } from './model-price.entity.js';
import { ModelPriceRepository } from './model-price.repository.js';
import { PriceBook } from './price-book.js';
import { SetModelPriceInputModel } from './pricing.models.js';
import { visiblePrices } from './visible-prices.js';

function duplicateVersion(): ConflictError {
  return new ConflictError('A price for this provider and pattern already starts at that instant; choose another effectiveFrom.', 'input.effectiveFrom');
}

/** Model prices of an organization: listing, resolving the version in effect, adding versions. */
export class PricingService {
  constructor(private readonly scope: MetricsScope) {}

  /** The organization's own versions first, then the catalogue's; the list is small, so it pages in memory. */
  async list(organizationId: string, provider: string | null | undefined, pageArgs: PageArgs): Promise<Connection<ModelPrice>> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'metrics:read');
    return pageOfList(await visiblePrices(this.scope.em, tenant, provider?.trim().toLowerCase() || null), pageArgs);
  }

  async effective(organizationId: string, provider: string, model: string, at: Date | null | undefined): Promise<ModelPrice | null> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'metrics:read');
    const prices = await visiblePrices(this.scope.em, tenant);
    const found = new PriceBook(prices).find(provider.trim().toLowerCase(), model.trim(), at ?? this.scope.now);
    return prices.find((price) => price.id === found?.id) ?? null;
  }

  /** Adds an immutable price version; one pattern cannot have two versions starting at the same instant. */
  async set(rawInput: unknown): Promise<ModelPrice> {
    const tenant = await this.scope.access.scopeOf(organizationIdOf(rawInput), 'budget:manage');
    const input = parseInput(SetModelPriceInputModel, rawInput, 'input');
    const now = this.scope.clock();
    const effectiveFrom = input.effectiveFrom ?? now;
    const prices = new ModelPriceRepository(this.scope.em, tenant);
    if (await prices.findVersion(input.organizationId, input.provider, input.modelPattern, effectiveFrom)) throw duplicateVersion();
    const price = prices.add({
      id: randomUUID(),
      organizationId: input.organizationId,
      provider: input.provider,
      modelPattern: input.modelPattern,
      inputMicrosPerMillion: input.inputUsdPerMillion,
      outputMicrosPerMillion: input.outputUsdPerMillion,
      cacheReadMicrosPerMillion: input.cacheReadUsdPerMillion,
      cacheWriteMicrosPerMillion: input.cacheWriteUsdPerMillion,
      effectiveFrom,
      createdAt: now,
      createdBy: this.scope.access.principal(),
    });
    try {
      await prices.save();
    } catch (error) {
      // Two identical calls can pass the check above together; the unique index decides.
      if (error instanceof UniqueConstraintViolationException) throw duplicateVersion();
      throw error;
    }
    this.scope.logger.info('Set model price (organizationId=%s, provider=%s, pattern=%s, priceId=%s)', input.organizationId, input.provider, input.modelPattern, price.id);
    return price;
  }
}
