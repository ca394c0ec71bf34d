import { z } from 'zod';
import { grantsCacheEnvShape, portVar } from '@steward/kernel';

/** Variables the policy subgraph reads (in addition to the common ones). */
export const policyEnvShape = {
  POLICY_PORT: portVar(4006),
  /**
   * GraphQL URL of the organizations subgraph, asked for the caller's grants and whether the teams
   * and users a policy is assigned to are its organization's. Required when policy runs on its own.
   */
  ORGANIZATIONS_URL: z.string().url().optional(),
  /** GraphQL URL of the projects subgraph, asked whether an assignment's project is its organization's. Required when policy runs on its own. */
  PROJECTS_URL: z.string().url().optional(),
  /**
   * GraphQL URL of the metrics subgraph, asked for a subject's spend today and this month and its
   * budget forecast when a COST rule reads them and the decision request did not give them
   * (`POST /internal/metrics/spend` on the same origin). Required when policy runs on its own.
   */
  METRICS_URL: z.string().url().optional(),
  /**
   * Share of ALLOW decisions kept in the decision log, 0 to 1 (WARN and DENY are always kept). A kept
   * decision carries the weight 1/rate, so simulations over a sampled log still count every request.
   */
  POLICY_DECISION_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(1),
  /**
   * The OPA server that loads and evaluates policies of engine OPA (Rego), e.g. `http://opa:8181`.
   * Unset: saving an OPA policy is refused (BAD_USER_INPUT on `input.engine`).
   */
  OPA_URL: z.string().url().optional(),
  /** An OPA call taking longer fails (OPA_UNAVAILABLE). */
  OPA_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  /** Logged decisions older than this many days are deleted (violations keep their own copy of what they need). */
  POLICY_DECISION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  ...grantsCacheEnvShape,
};
const policyEnv = z.object(policyEnvShape);
export type PolicyEnv = z.infer<typeof policyEnv>;
