import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** Summary of the requests one ingest call newly recorded for one project (or for none). */
export const LlmUsageBatchSchema = defineEntity({
  name: 'LlmUsageBatch',
  tableName: 'llm_usage_batches',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    ingestId: p.uuid(),
    projectId: p.uuid().nullable(),
    records: p.integer(),
    requests: p.integer(),
    errors: p.integer(),
    inputTokens: p.bigint(),
    outputTokens: p.bigint(),
    cacheReadTokens: p.bigint(),
    cacheWriteTokens: p.bigint(),
    costMicros: p.bigint(),
    occurredFrom: p.datetime(),
    occurredTo: p.datetime(),
    recordedAt: p.datetime(),
    recordedBy: p.string().length(120),
  }),
});
export type LlmUsageBatch = InferEntity<typeof LlmUsageBatchSchema>;
