import { allow, isPrincipal, type IRules } from '@steward/kernel';

/** Simulating needs a signed-in caller (the service checks `policy:read` in the organization). */
export const simulationRules: IRules = {
  Query: { simulatePolicy: isPrincipal },
  PolicySimulation: allow,
  SimulatedDecisionChange: allow,
};
