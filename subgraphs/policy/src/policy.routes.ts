import { IdModel, defineRoute } from '@steward/kernel';
import { z } from 'zod';
// The catalogue files only: callers of this contract (projects) must not load the engine's CEL and RE2.
import { POLICY_ACTIONS } from './modules/engine/catalogue.js';
import { OUTCOMES } from './modules/engine/outcome.js';

/**
 * `POST /internal/policy/decide`: a decision for one of Steward's own enforcement points (projects
 * asks before a promotion), made as the calling service for the named organization and logged with
 * `requestedBy`. The answer carries the decision's id and, for a DENY or WARN, the determining
 * policies' explanations, so the caller can refuse with a message that says why.
 */
export const policyDecisionRoute = defineRoute({
  owner: 'policy',
  method: 'POST',
  path: '/internal/policy/decide',
  input: z.object({
    organizationId: IdModel,
    action: z.enum(POLICY_ACTIONS),
    subject: z.object({
      userId: IdModel.nullable(),
      teamIds: z.array(IdModel).max(20),
      apiKeyId: IdModel.nullable(),
      projectId: IdModel.nullable(),
      versionId: IdModel.nullable(),
    }),
    context: z.record(z.string(), z.unknown()),
    requestedBy: z.string().max(80),
    /** Makes violations idempotent per source, e.g. `promotion:<version id>:<attempt>`. */
    sourceKey: z.string().max(120).optional(),
  }),
  output: z.object({
    decisionId: z.string(),
    outcome: z.enum(OUTCOMES),
    /** Each determining policy's failing rules, one sentence each. */
    reasons: z.array(z.object({ policyId: z.string(), policyVersionId: z.string(), enforcement: z.string(), rule: z.string(), explanation: z.string() })),
  }),
  bodyLimit: '256kb',
});
