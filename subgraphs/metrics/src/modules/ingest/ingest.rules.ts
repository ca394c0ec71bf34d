import { allow, type IRules } from '@steward/kernel';
import { holdsInArgument, isPrincipal, readableObject } from '../../rules.js';

/** Recording needs `metrics:write`, reading `metrics:read`, in the organization concerned. */
export const ingestRules: IRules = {
  Query: {
    llmUsageBatch: isPrincipal,
    llmUsageBatches: holdsInArgument('metrics:read'),
  },
  Mutation: { recordLlmUsage: holdsInArgument('metrics:write') },
  LlmUsageBatch: readableObject('Usage batch'),
  LlmUsageBatchEdge: allow,
  LlmUsageBatchConnection: allow,
  IngestResult: allow,
};
