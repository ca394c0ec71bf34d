import { allow, isPrincipal, type IRules } from '@steward/kernel';

/** Comparing needs a signed-in caller; the service checks `project:read` in the versions' organization. */
export const compareRules: IRules = {
  Query: { compareVersions: isPrincipal },
  VersionComparison: allow,
  ConfigChange: allow,
  TextDiff: allow,
  TextLine: allow,
  StageComparison: allow,
  GateComparison: allow,
  BaselineComparison: allow,
};
