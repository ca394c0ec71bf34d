import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * One immutable version of a model's price, in integer micro-dollars per million tokens. Rows
 * without an organization are Steward's default catalogue (seeded by the first migration).
 */
export const ModelPriceSchema = defineEntity({
  name: 'ModelPrice',
  tableName: 'model_prices',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid().nullable(),
    provider: p.string().length(50),
    modelPattern: p.string().length(200),
    inputMicrosPerMillion: p.bigint(),
    outputMicrosPerMillion: p.bigint(),
    cacheReadMicrosPerMillion: p.bigint(),
    cacheWriteMicrosPerMillion: p.bigint(),
    effectiveFrom: p.datetime(),
    createdAt: p.datetime(),
    createdBy: p.string().length(120).nullable(),
  }),
});
export type ModelPrice = InferEntity<typeof ModelPriceSchema>;
