import { allow, type IRules } from '@steward/kernel';
import { holdsInArgument } from '../../rules.js';

/** Chargeback needs `metrics:read`. */
export const chargebackRules: IRules = {
  Query: { chargebackReport: holdsInArgument('metrics:read') },
  ChargebackReport: allow,
  ChargebackLine: allow,
  ChargebackLineEdge: allow,
  ChargebackLineConnection: allow,
};
