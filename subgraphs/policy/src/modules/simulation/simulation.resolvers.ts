import type { ResolverMap } from '@steward/kernel';
import { simulatePolicy } from './resolvers/Query/simulatePolicy.js';
import { SimulatedDecisionChange } from './resolvers/SimulatedDecisionChange.js';

/** The simulation module's resolvers. */
export const simulationResolvers: ResolverMap = {
  Query: { simulatePolicy },
  SimulatedDecisionChange,
};
