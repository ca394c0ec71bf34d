import { IdModel } from '@steward/kernel';
import { z } from 'zod';
import { OUTCOMES, POLICY_ACTIONS, type Enforcement, type Outcome, type ViolationOutcome } from '../engine/index.js';
import { optional } from '../policies/policy.models.js';

/** Who a decision is about; each id selects the assignments made to it. */
export interface DecisionSubject {
  userId: string | null;
  teamIds: string[];
  apiKeyId: string | null;
  projectId: string | null;
  versionId: string | null;
}

/** One failing condition of a rule, as the engine explains it. */
export interface ExplainedCondition {
  field: string;
  operator: string;
  expected: unknown;
  actual: unknown;
  explanation: string;
}

/** A rule as evaluated in a decision. */
export interface RuleOutcome {
  rule: string;
  violated: boolean;
  message: string | null;
  conditions: ExplainedCondition[];
}

/** What one policy version said in a decision, as logged. */
export interface PolicyResult {
  policyId: string;
  policyVersionId: string;
  enforcement: Enforcement;
  outcome: Outcome;
  violation: ViolationOutcome | null;
  rules: RuleOutcome[];
}

const SubjectModel = z.object({
  userId: optional(IdModel),
  teamIds: optional(z.array(IdModel).max(20, 'must list at most 20 teams')),
  apiKeyId: optional(IdModel),
  projectId: optional(IdModel),
  versionId: optional(IdModel),
});

/** `evaluatePolicies`' input (the context is normalised by the engine against the action's declaration). */
export const EvaluatePoliciesInputModel = z.object({
  organizationId: IdModel,
  action: z.enum(POLICY_ACTIONS),
  subject: optional(SubjectModel),
  context: z.record(z.string(), z.unknown(), { message: 'must be a JSON object' }),
  requestId: optional(z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters')),
  dryRun: optional(z.boolean()),
});
export type EvaluatePoliciesInput = z.infer<typeof EvaluatePoliciesInputModel>;

/** `policyDecisions`' filter. */
export const DecisionFilterModel = z.object({
  filter: optional(
    z.object({
      action: optional(z.enum(POLICY_ACTIONS)),
      outcome: optional(z.enum(OUTCOMES)),
      policyId: optional(IdModel),
      from: optional(z.coerce.date({ message: 'must be a date-time' })),
      to: optional(z.coerce.date({ message: 'must be a date-time' })),
    }),
  ),
});
export type DecisionFilter = Partial<NonNullable<z.infer<typeof DecisionFilterModel>['filter']>>;

/** The subject as stored: every id present, absent ones null. */
export function subjectOf(input: EvaluatePoliciesInput['subject']): DecisionSubject {
  return {
    userId: input?.userId ?? null,
    teamIds: [...new Set(input?.teamIds ?? [])],
    apiKeyId: input?.apiKeyId ?? null,
    projectId: input?.projectId ?? null,
    versionId: input?.versionId ?? null,
  };
}
