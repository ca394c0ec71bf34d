import { z } from 'zod';
import { grantsCacheEnvShape, portVar } from '@steward/kernel';

/** Variables the metrics subgraph reads (in addition to the common ones). */
export const metricsEnvShape = {
  METRICS_PORT: portVar(4004),
  /**
   * GraphQL URL of the organizations subgraph, asked for the caller's grants
   * (`GET /internal/grants` on the same origin). Required when metrics runs on its own;
   * the one-process stack passes the URL it started organizations on.
   */
  ORGANIZATIONS_URL: z.string().url().optional(),
  /**
   * GraphQL URL of the projects subgraph, asked whether the project and version ids of recorded
   * usage and budgets belong to the caller's organization (`POST /internal/projects/lookup` on the
   * same origin). Required when metrics runs on its own; the one-process stack passes its own.
   */
  PROJECTS_URL: z.string().url().optional(),
  /**
   * GraphQL URL of the policy subgraph, which judges recorded usage against COST and USAGE policies
   * after the fact (`POST /internal/policy/usage` on the same origin, from a job written with the
   * usage, retried while policy does not answer). Required in production; the one-process stack passes its own.
   */
  POLICY_URL: z.string().url().optional(),
  ...grantsCacheEnvShape,
};
const metricsEnv = z.object(metricsEnvShape);
export type MetricsEnv = z.infer<typeof metricsEnv>;
