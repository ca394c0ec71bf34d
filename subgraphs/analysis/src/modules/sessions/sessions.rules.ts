import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Sessions are visible to analysis readers of their organization; starting and cancelling need `analysis:run` (checked by the service). */
export const sessionsRules: IRules = {
  Query: { analysisSessions: isPrincipal, analysisSession: isPrincipal },
  Mutation: { startAnalysis: isPrincipal, cancelAnalysis: isPrincipal, rerunAnalysis: isPrincipal },
  AnalysisSession: holdsInOwningOrganization('analysis:read'),
  AnalysisSessionConnection: allow,
  AnalysisSessionEdge: allow,
  AnalysisTask: allow,
  AnalysisTaskCache: allow,
  AnalysisSummary: allow,
  SeverityCount: allow,
  // References to entities other subgraphs own: an id says nothing.
  Organization: allow,
  User: allow,
  Project: allow,
  Repository: allow,
  PullRequest: allow,
};
