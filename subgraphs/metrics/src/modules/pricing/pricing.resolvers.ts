import type { ResolverMap } from '@steward/kernel';
import { ModelPrice } from './resolvers/ModelPrice.js';
import { setModelPrice } from './resolvers/Mutation/setModelPrice.js';
import { effectiveModelPrice } from './resolvers/Query/effectiveModelPrice.js';
import { modelPrices } from './resolvers/Query/modelPrices.js';

/** The pricing module's resolvers. */
export const pricingResolvers: ResolverMap = { Query: { modelPrices, effectiveModelPrice }, Mutation: { setModelPrice }, ModelPrice };
