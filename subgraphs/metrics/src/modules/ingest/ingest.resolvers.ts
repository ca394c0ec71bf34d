import type { ResolverMap } from '@steward/kernel';
import { IngestResult } from './resolvers/IngestResult.js';
import { LlmUsageBatch } from './resolvers/LlmUsageBatch.js';
import { recordLlmUsage } from './resolvers/Mutation/recordLlmUsage.js';
import { llmUsageBatch } from './resolvers/Query/llmUsageBatch.js';
import { llmUsageBatches } from './resolvers/Query/llmUsageBatches.js';

/** The ingest module's resolvers. */
export const ingestResolvers: ResolverMap = {
  Query: { llmUsageBatch, llmUsageBatches },
  Mutation: { recordLlmUsage },
  LlmUsageBatch,
  IngestResult,
};
