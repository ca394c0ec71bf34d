import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, badInputFromZod, type Logger } from '@steward/kernel';
import type { MetricsAccess } from '../../authorization.js';
import { parsePage, decodeOffsetCursor, toConnection, type Connection } from '../../pagination.js';
import type { ModelPrice } from './model-price.entity.js';
import { ModelPriceRepository } from './model-price.repository.js';
import { PriceBook } from './price-book.js';
import { SetModelPriceInputModel } from './pricing.models.js';

function duplicateVersion(): ConflictError {
  return new ConflictError('A price for this provider and pattern already starts at that instant; choose another effectiveFrom.', 'input.effectiveFrom');
}

/** Model prices of an organization: listing, resolving the version in effect, adding versions. */
export class PricingService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: MetricsAccess,
    private readonly logger: Logger,
  ) {}

  async list(organizationId: string, provider: string | null | undefined, pageArgs: { first?: number | null; after?: string | null }): Promise<Connection<ModelPrice>> {
    await this.access.assert(organizationId, 'metrics:read');
    const page = parsePage(pageArgs, decodeOffsetCursor);
    const offset = page.after === null ? 0 : page.after + 1;
    const rows = await new ModelPriceRepository(this.em, organizationId).page(provider?.trim().toLowerCase() || null, offset, page.first + 1);
    return toConnection(
      rows.map((row, index) => ({ row, position: offset + index })),
      page.first,
      (entry) => entry.position,
      (entry) => entry.row,
    );
  }

  async effective(organizationId: string, provider: string, model: string, at: Date | null | undefined): Promise<ModelPrice | null> {
    await this.access.assert(organizationId, 'metrics:read');
    const prices = await new ModelPriceRepository(this.em, organizationId).listVisible();
    const found = new PriceBook(prices).find(provider.trim().toLowerCase(), model.trim(), at ?? new Date());
    return prices.find((price) => price.id === found?.id) ?? null;
  }

  /** Adds an immutable price version; one pattern cannot have two versions starting at the same instant. */
  async set(rawInput: { organizationId: string }): Promise<ModelPrice> {
    await this.access.assert(rawInput.organizationId, 'budget:manage');
    const parsed = SetModelPriceInputModel.safeParse(rawInput);
    if (!parsed.success) throw badInputFromZod(parsed.error, 'input');
    const input = parsed.data;
    const now = new Date();
    const effectiveFrom = input.effectiveFrom ?? now;
    const prices = new ModelPriceRepository(this.em, input.organizationId);
    if (await prices.findVersion(input.provider, input.modelPattern, effectiveFrom)) throw duplicateVersion();
    const price = prices.add({
      id: randomUUID(),
      provider: input.provider,
      modelPattern: input.modelPattern,
      inputMicrosPerMillion: input.inputUsdPerMillion,
      outputMicrosPerMillion: input.outputUsdPerMillion,
      cacheReadMicrosPerMillion: input.cacheReadUsdPerMillion,
      cacheWriteMicrosPerMillion: input.cacheWriteUsdPerMillion,
      effectiveFrom,
      createdAt: now,
      createdBy: this.access.principal(),
    });
    try {
      await this.em.flush();
    } catch (error) {
      // Two identical calls can pass the check above together; the unique index decides.
      if (error instanceof UniqueConstraintViolationException) throw duplicateVersion();
      throw error;
    }
    this.logger.info('Set model price (organizationId=%s, provider=%s, pattern=%s, priceId=%s)', input.organizationId, input.provider, input.modelPattern, price.id);
    return price;
  }
}
