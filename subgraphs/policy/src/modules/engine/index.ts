// The policy rule engine: pure TypeScript, no database. Validate and compile rules at save, normalise
// a decision request's context, plan rate-limit counters, evaluate and explain, combine outcomes.
export { ACTION_CONTEXTS, GATE_STATUSES, contextPaths, describeActionContext, normaliseContext, type ActionContext, type NormalisedContext } from './action-contexts.js';
export { ACTIONS_OF_TYPE, POLICY_ACTIONS, POLICY_TYPES, SUBJECT_KINDS, type PolicyAction, type PolicyType, type SubjectKind } from './catalogue.js';
export type { CompiledExpression, ExpressionVerdict } from './cel.js';
export { celTypeOf, leavesOf, type DeclaredLeaf, type FieldSpec, type GroupSpec } from './context-schema.js';
export { diffRules, type ParameterChange, type RuleChange, type RulesDiff } from './diff.js';
export { evaluateRules, planCounters, type CounterRequest } from './evaluate.js';
export { ENFORCEMENTS, OUTCOMES, combineOutcomes, outcomeOf, type EnforcedOutcome, type Enforcement, type Outcome, type ViolationOutcome } from './outcome.js';
export { globMatches } from './patterns.js';
export { explainResult, type ExplainedCondition, type RuleResult } from './results.js';
export {
  CONTENT_FIELDS,
  MAX_RULES,
  RATE_LIMIT_SUBJECTS,
  RATE_LIMIT_UNITS,
  actionsOf,
  compileRules,
  type CompiledRule,
  type CompiledRuleSet,
  type ComplianceRule,
  type ContentFilterRule,
  type CostRule,
  type CustomRule,
  type RateLimitRule,
  type SecurityRule,
  type UsageRule,
} from './rules.js';
export { toJson, type JsonValue } from './values.js';
