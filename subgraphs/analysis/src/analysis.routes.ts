import { IdModel, defineRoute } from '@steward/kernel';
import { z } from 'zod';

/**
 * The quality-gate metrics analysis measures, each with the `AnalysisMeasurements` field (and route
 * output field) that carries it: the one mapping between baseline names and analysis's values,
 * used by projects' gate and by analysis's own check runs on pull requests.
 */
export const ANALYSIS_GATE_METRICS = {
  new_critical_findings: 'newCriticalFindings',
  new_findings: 'newFindings',
  coverage: 'coverage',
  new_code_coverage: 'newCodeCoverage',
  max_cyclomatic_complexity: 'maxCyclomaticComplexity',
  dependency_cycles: 'dependencyCycles',
  tests_failed: 'testsFailed',
} as const;

const BySeverityModel = z.object({ critical: z.number().int(), major: z.number().int(), minor: z.number().int(), info: z.number().int() });

/** The values of one version's latest finished analysis, as the quality gate reads them (null: not measured). */
export const AnalysisMeasurementsModel = z.object({
  versionId: z.string(),
  newCriticalFindings: z.number().nullable(),
  newFindings: z.number().nullable(),
  coverage: z.number().nullable(),
  newCodeCoverage: z.number().nullable(),
  maxCyclomaticComplexity: z.number().nullable(),
  dependencyCycles: z.number().nullable(),
  testsFailed: z.number().nullable(),
  /** Findings of that analysis not ignored now, by severity: all of them (open) and the new ones (PROMOTE_VERSION's `findings` context). */
  findings: z.object({ open: BySeverityModel, new: BySeverityModel }),
});

/**
 * `POST /internal/analysis/measurements` `{ organizationId, versionIds }` → `{ versions }`: what
 * analysis measured for each version of that organization (versions without a finished analysis
 * are left out). Projects evaluates promotions' gates with it, and asks policy with the findings.
 */
export const analysisMeasurementsRoute = defineRoute({
  owner: 'analysis',
  method: 'POST',
  path: '/internal/analysis/measurements',
  input: z.object({ organizationId: IdModel, versionIds: z.array(IdModel).max(500) }),
  output: z.object({ versions: z.array(AnalysisMeasurementsModel) }),
  bodyLimit: '64kb',
});

/**
 * `POST /internal/analysis/pull-requests` `{ organizationId, projectId, repositoryId, pullRequestId, commitSha }`
 * → `{ sessionId }`: starts (once per pull request and head commit) the analysis of a pull request's
 * head, STATIC and GRAPH, as the repos service. Repos calls it for repositories linked to a project
 * with auto-analysis on; when the session ends, analysis publishes its findings back through repos.
 */
export const analysePullRequestRoute = defineRoute({
  owner: 'analysis',
  method: 'POST',
  path: '/internal/analysis/pull-requests',
  input: z.object({
    organizationId: IdModel,
    projectId: IdModel,
    repositoryId: IdModel,
    pullRequestId: IdModel,
    commitSha: z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/),
  }),
  output: z.object({ sessionId: z.string() }),
  bodyLimit: '4kb',
});
