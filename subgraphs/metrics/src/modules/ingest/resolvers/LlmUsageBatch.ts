import type { LlmUsageBatchResolvers } from '../../../__generated__/resolvers-types.js';

/** Usage batch fields, and entity resolution through the per-request loader. */
export const LlmUsageBatch: LlmUsageBatchResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.batchById.load(reference.id),
  organization: (batch) => ({ __typename: 'Organization', id: batch.organizationId }),
  project: (batch) => (batch.projectId ? { __typename: 'Project', id: batch.projectId } : null),
  skipped: (batch) => batch.records - batch.requests,
  inputTokens: (batch) => Number(batch.inputTokens),
  outputTokens: (batch) => Number(batch.outputTokens),
  cacheReadTokens: (batch) => Number(batch.cacheReadTokens),
  cacheWriteTokens: (batch) => Number(batch.cacheWriteTokens),
  costUsd: (batch) => batch.costMicros,
};
