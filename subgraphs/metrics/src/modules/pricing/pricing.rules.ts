import { allow, type IRules } from '@steward/kernel';
import { holdsInArgument } from '../../rules.js';

/** Reading prices needs `metrics:read`, adding one `budget:manage`. */
export const pricingRules: IRules = {
  Query: {
    modelPrices: holdsInArgument('metrics:read', (args) => args.organizationId),
    effectiveModelPrice: holdsInArgument('metrics:read', (args) => args.organizationId),
  },
  Mutation: { setModelPrice: holdsInArgument('budget:manage', (args) => args.input?.organizationId) },
  ModelPrice: allow,
  ModelPriceEdge: allow,
  ModelPriceConnection: allow,
};
