import { allow, isPrincipal, type IRules } from '@steward/kernel';

/** Artifacts are reached through their session (whose rule guards them); creating an upload needs `analysis:run` (checked by the service). */
export const artifactsRules: IRules = {
  Mutation: { createAnalysisUpload: isPrincipal },
  Artifact: allow,
  AnalysisUpload: allow,
};
