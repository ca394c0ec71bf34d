import { allow, type IRules } from '@steward/kernel';
import { holdsInArgument } from '../../rules.js';

/** Reading prices needs `metrics:read`, adding one `budget:manage`. */
export const pricingRules: IRules = {
  Query: {
    modelPrices: holdsInArgument('metrics:read'),
    effectiveModelPrice: holdsInArgument('metrics:read'),
  },
  Mutation: { setModelPrice: holdsInArgument('budget:manage', 'input') },
  ModelPrice: allow,
  ModelPriceEdge: allow,
  ModelPriceConnection: allow,
};
