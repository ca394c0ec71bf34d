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

/** One recorded LLM request as metrics stored it. */
const RecordedRequestModel = z.object({
  requestId: z.string().min(1).max(200),
  userId: IdModel.nullable(),
  teamId: IdModel.nullable(),
  projectId: IdModel.nullable(),
  versionId: IdModel.nullable(),
  provider: z.string().max(100),
  model: z.string().max(200),
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0),
  costUsd: z.number().min(0),
});
export type RecordedRequest = z.infer<typeof RecordedRequestModel>;

/**
 * `POST /internal/policy/usage`: judges recorded LLM requests after the fact against the
 * organization's COST and USAGE policies (metrics' job calls it for each ingest call). Nothing is
 * refused, usage is already recorded; each failing rule raises a violation once per request id,
 * however often the same request is judged again (a retried job, a parallel ingest).
 */
export const usagePolicyRoute = defineRoute({
  owner: 'policy',
  method: 'POST',
  path: '/internal/policy/usage',
  input: z.object({ organizationId: IdModel, requests: z.array(RecordedRequestModel).min(1).max(1000) }),
  output: z.object({ evaluated: z.number(), denied: z.number(), warned: z.number() }),
  bodyLimit: '1mb',
});
