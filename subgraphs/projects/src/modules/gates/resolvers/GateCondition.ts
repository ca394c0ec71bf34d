import type { GateConditionResolvers } from '../../../__generated__/resolvers-types.js';

/** A condition shows its baseline's terms next to the verdict. */
export const GateCondition: GateConditionResolvers = {
  metric: (condition) => condition.baseline.metric,
  operator: (condition) => condition.baseline.operator,
  threshold: (condition) => condition.baseline.threshold,
  severity: (condition) => condition.baseline.severity,
};
