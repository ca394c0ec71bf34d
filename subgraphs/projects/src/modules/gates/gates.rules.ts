import { allow, isPrincipal, type IRules } from '@steward/kernel';
import { canReadInOwningOrganization } from '../../access-rules.js';

/** Operations need a signed-in caller (services check the permission); a baseline is visible to readers of its organization. */
export const gatesRules: IRules = {
  Mutation: { setBaseline: isPrincipal, removeBaseline: isPrincipal, recordVersionMeasurements: isPrincipal },
  Baseline: canReadInOwningOrganization,
  // Reachable only through a guarded ProjectVersion.
  QualityGate: allow,
  GateCondition: allow,
  Measurement: allow,
};
