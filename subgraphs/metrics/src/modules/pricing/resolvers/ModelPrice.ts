import type { ModelPriceResolvers } from '../../../__generated__/resolvers-types.js';

/** Price fields; amounts are micro-dollars per million tokens inside. */
export const ModelPrice: ModelPriceResolvers = {
  isDefault: (price) => price.organizationId === null,
  inputUsdPerMillion: (price) => price.inputMicrosPerMillion,
  outputUsdPerMillion: (price) => price.outputMicrosPerMillion,
  cacheReadUsdPerMillion: (price) => price.cacheReadMicrosPerMillion,
  cacheWriteUsdPerMillion: (price) => price.cacheWriteMicrosPerMillion,
};
