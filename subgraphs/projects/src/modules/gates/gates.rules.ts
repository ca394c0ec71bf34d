import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Operations need a signed-in caller (services check the permission); a baseline is visible to readers of its organization. */
export const gatesRules: IRules = {
  Mutation: { setBaseline: isPrincipal, removeBaseline: isPrincipal, recordVersionMeasurements: isPrincipal },
  Baseline: holdsInOwningOrganization('project:read'),
  // Reachable only through a guarded ProjectVersion.
  QualityGate: allow,
  GateCondition: allow,
  Measurement: allow,
};
