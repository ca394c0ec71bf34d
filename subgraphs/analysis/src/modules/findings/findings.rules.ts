import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Findings are visible to analysis readers of their organization; ignoring and reopening need `analysis:run` (checked by the service). */
export const findingsRules: IRules = {
  Query: { finding: isPrincipal, findings: isPrincipal },
  Mutation: { ignoreFinding: isPrincipal, reopenFinding: isPrincipal },
  Finding: holdsInOwningOrganization('analysis:read'),
  FindingConnection: allow,
  FindingEdge: allow,
  FindingsSummary: allow,
  AnalysisMeasurements: allow,
  ModuleDependencyMetrics: allow,
  ModuleDependencyMetricsConnection: allow,
  ModuleDependencyMetricsEdge: allow,
  // A version id says nothing; its analyses are scoped to organizations where the caller reads them.
  ProjectVersion: { id: allow, analyses: isPrincipal, findingsSummary: isPrincipal, analysisMeasurements: isPrincipal },
};
