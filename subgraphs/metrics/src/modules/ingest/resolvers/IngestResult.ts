import type { IngestResultResolvers } from '../../../__generated__/resolvers-types.js';

/** The ingest outcome; amounts are micro-dollars inside. */
export const IngestResult: IngestResultResolvers = {
  costUsd: (result) => result.costMicros,
};
