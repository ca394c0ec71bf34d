import { z } from 'zod';
import { grantsCacheEnvShape, portVar } from '@steward/kernel';

/** Variables the projects subgraph reads (in addition to the common ones). */
export const projectsEnvShape = {
  PROJECTS_PORT: portVar(4003),
  /**
   * GraphQL URL of the organizations subgraph, asked for the caller's grants
   * (`GET /internal/grants` on the same origin). Required when projects runs on its own;
   * the one-process stack passes the URL it started organizations on.
   */
  ORGANIZATIONS_URL: z.string().url().optional(),
  /**
   * GraphQL URL of the metrics subgraph, asked for versions' live gate values before a promotion and
   * for comparisons (`GET /internal/live-measurements` on the same origin). Required in production;
   * without it (development) those gates use recorded values only. The one-process stack passes the
   * URL it started metrics on.
   */
  METRICS_URL: z.string().url().optional(),
  /**
   * GraphQL URL of the analysis subgraph, asked for the values of versions' latest finished analyses
   * (findings, coverage, complexity, cycles, failed tests) before a promotion and for comparisons, and
   * for the findings a promotion's policy decision reads (`POST /internal/analysis/measurements` on the
   * same origin). Required in production; without it (development) those gates use metrics' and
   * recorded values only. The one-process stack passes the URL it started analysis on.
   */
  ANALYSIS_URL: z.string().url().optional(),
  /**
   * GraphQL URL of the repos subgraph, asked whether a version's source repository belongs to the
   * version's organization (`POST /internal/repos/lookup` on the same origin). Required in production;
   * the one-process stack passes the URL it started repos on.
   */
  REPOS_URL: z.string().url().optional(),
  /**
   * GraphQL URL of the policy subgraph, asked whether the organization's policies allow a promotion
   * (`POST /internal/policy/decide` on the same origin). Required in production; promotions fail
   * closed (POLICY_UNAVAILABLE) when it does not answer. The one-process stack passes the URL it started policy on.
   */
  POLICY_URL: z.string().url().optional(),
  ...grantsCacheEnvShape,
};
const projectsEnv = z.object(projectsEnvShape);
export type ProjectsEnv = z.infer<typeof projectsEnv>;
