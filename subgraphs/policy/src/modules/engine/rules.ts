import { BadUserInputError, parseInput } from '@steward/kernel';
import { z } from 'zod';
import { ACTIONS_OF_TYPE, POLICY_ACTIONS, type PolicyAction, type PolicyType } from './catalogue.js';
import { compileExpression, type CompiledExpression } from './cel.js';
import { compileBlockedPatterns, type BlockedPatternSet } from './patterns.js';
import { isPlainObject, toJson, type JsonValue } from './values.js';

/** Whom a rate limit counts for; each maps to an id in the context's `subject`. */
export const RATE_LIMIT_SUBJECTS = ['USER', 'TEAM', 'API_KEY', 'PROJECT', 'ORGANIZATION'] as const;
/** What a rate limit counts. */
export const RATE_LIMIT_UNITS = ['REQUESTS', 'TOKENS'] as const;
/** The texts of an LLM request a content filter reads. */
export const CONTENT_FIELDS = ['prompt', 'completion'] as const;

/** The most rules one version may have. */
export const MAX_RULES = 50;

const common = {
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters').optional(),
  message: z.string().max(300, 'must be at most 300 characters').optional(),
};
const usd = z.number({ error: 'must be a finite number' }).nonnegative('must not be negative').optional();
const count = z.int({ error: 'must be a whole number' }).nonnegative('must not be negative').optional();
const names = (what: string, max: number) =>
  z
    .array(z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`))
    .min(1, `must list at least one ${what}`)
    .max(100, `must list at most 100 ${what}s`);
const severities = z.strictObject({ critical: count, major: count, minor: count, info: count });
const setCount = (limits: z.output<typeof severities> | undefined) => Object.values(limits ?? {}).filter((v) => v !== undefined).length;

/** COST: limits on what a request costs and on the subject's daily and monthly spend. Applies to LLM_REQUEST. */
export const CostRuleModel = z
  .strictObject({
    ...common,
    maxCostPerRequestUsd: usd,
    maxSpendPerDayUsd: usd,
    maxSpendPerMonthUsd: usd,
    denyWhenBudgetExhaustsBeforePeriodEnd: z.boolean().optional(),
  })
  .refine(
    (r) => r.maxCostPerRequestUsd !== undefined || r.maxSpendPerDayUsd !== undefined || r.maxSpendPerMonthUsd !== undefined || r.denyWhenBudgetExhaustsBeforePeriodEnd === true,
    'must set at least one of maxCostPerRequestUsd, maxSpendPerDayUsd, maxSpendPerMonthUsd or denyWhenBudgetExhaustsBeforePeriodEnd: true',
  );

/** RATE_LIMIT: at most `limit` requests (or tokens) per `windowSeconds` for each subject of kind `per`. Applies to LLM_REQUEST. */
export const RateLimitRuleModel = z.strictObject({
  ...common,
  limit: z.int({ error: 'must be a whole number' }).min(1, 'must be at least 1'),
  windowSeconds: z.int({ error: 'must be a whole number of seconds' }).min(1, 'must be at least 1').max(2_678_400, 'must be at most 2678400 (31 days)'),
  unit: z.enum(RATE_LIMIT_UNITS).default('REQUESTS'),
  per: z.enum(RATE_LIMIT_SUBJECTS),
});

/** USAGE: tokens per request and the models allowed or denied (globs with `*`, case-insensitive). Applies to LLM_REQUEST. */
export const UsageRuleModel = z
  .strictObject({ ...common, maxTokensPerRequest: count, allowedModels: names('model pattern', 200).optional(), deniedModels: names('model pattern', 200).optional() })
  .refine(
    (r) => r.maxTokensPerRequest !== undefined || r.allowedModels !== undefined || r.deniedModels !== undefined,
    'must set at least one of maxTokensPerRequest, allowedModels or deniedModels',
  );

/** CONTENT_FILTER: RE2 patterns that must not appear in the prompt or completion. Applies to LLM_REQUEST. */
export const ContentFilterRuleModel = z.strictObject({
  ...common,
  blockedPatterns: z
    .array(z.string().min(1, 'must not be empty').max(500, 'must be at most 500 characters'))
    .min(1, 'must list at least one pattern')
    .max(100, 'must list at most 100 patterns'),
  caseInsensitive: z.boolean().optional(),
  fields: z
    .array(z.enum(CONTENT_FIELDS))
    .min(1, 'must name prompt, completion or both')
    .refine((fields) => new Set(fields).size === fields.length, 'must not repeat a field')
    .default([...CONTENT_FIELDS]),
});

/** SECURITY: most open or new findings of each severity. Applies to PROMOTE_VERSION and MERGE_PULL_REQUEST. */
export const SecurityRuleModel = z
  .strictObject({ ...common, maxOpenFindings: severities.optional(), maxNewFindings: severities.optional() })
  .refine((r) => setCount(r.maxOpenFindings) + setCount(r.maxNewFindings) > 0, 'must set at least one severity in maxOpenFindings or maxNewFindings');

/** COMPLIANCE: a passing gate (WARN only with `allowGateWarn`) and required baselines. Applies to PROMOTE_VERSION and MERGE_PULL_REQUEST. */
export const ComplianceRuleModel = z
  .strictObject({ ...common, requireGatePassed: z.boolean().optional(), allowGateWarn: z.boolean().optional(), requiredBaselines: names('baseline', 200).optional() })
  .refine((r) => r.requireGatePassed === true || r.requiredBaselines !== undefined, 'must set requireGatePassed: true or requiredBaselines');

/** CUSTOM: a CEL expression over the action's declared context that must hold (true = compliant). */
export const CustomRuleModel = z.strictObject({
  ...common,
  action: z.enum(POLICY_ACTIONS),
  expression: z
    .string()
    .max(4000, 'must be at most 4000 characters')
    .refine((source) => source.trim().length > 0, 'must not be empty'),
});

type Named<M extends z.ZodType> = Omit<z.output<M>, 'name'> & { readonly name: string };
/** A validated COST rule, its name filled in. */
export type CostRule = Named<typeof CostRuleModel>;
/** A validated RATE_LIMIT rule. */
export type RateLimitRule = Named<typeof RateLimitRuleModel>;
/** A validated USAGE rule. */
export type UsageRule = Named<typeof UsageRuleModel>;
/** A validated CONTENT_FILTER rule. */
export type ContentFilterRule = Named<typeof ContentFilterRuleModel>;
/** A validated SECURITY rule. */
export type SecurityRule = Named<typeof SecurityRuleModel>;
/** A validated COMPLIANCE rule. */
export type ComplianceRule = Named<typeof ComplianceRuleModel>;
/** A validated CUSTOM rule. */
export type CustomRule = Named<typeof CustomRuleModel>;

/** A rule ready to evaluate: its validated parameters and, where needed, its compiled patterns or CEL program. */
export type CompiledRule =
  | { readonly type: 'COST'; readonly rule: CostRule }
  | { readonly type: 'RATE_LIMIT'; readonly rule: RateLimitRule }
  | { readonly type: 'USAGE'; readonly rule: UsageRule }
  | { readonly type: 'CONTENT_FILTER'; readonly rule: ContentFilterRule; readonly patterns: BlockedPatternSet }
  | { readonly type: 'SECURITY'; readonly rule: SecurityRule }
  | { readonly type: 'COMPLIANCE'; readonly rule: ComplianceRule }
  | { readonly type: 'CUSTOM'; readonly rule: CustomRule; readonly expression: CompiledExpression };

/** A policy version's rules, compiled once and evaluated for many requests. */
export interface CompiledRuleSet {
  readonly type: PolicyType;
  readonly rules: readonly CompiledRule[];
  /** The rules as validated, defaults filled in (each `name`, `unit`, `fields`): what the version stores. */
  readonly json: readonly JsonValue[];
  /** The actions the rules apply to. */
  readonly actions: readonly PolicyAction[];
}

const listOf = <M extends z.ZodType>(model: M) =>
  z.array(model, { error: 'must be a list of rules' }).min(1, 'must have at least one rule').max(MAX_RULES, `must have at most ${MAX_RULES} rules`);
const LISTS = {
  COST: listOf(CostRuleModel),
  RATE_LIMIT: listOf(RateLimitRuleModel),
  USAGE: listOf(UsageRuleModel),
  CONTENT_FILTER: listOf(ContentFilterRuleModel),
  SECURITY: listOf(SecurityRuleModel),
  COMPLIANCE: listOf(ComplianceRuleModel),
  CUSTOM: listOf(CustomRuleModel),
};

/** Parses the list, names unnamed rules `rule-<n>` and refuses a name used twice. */
function parseNamed<M extends z.ZodType<{ name?: string | undefined }>>(model: z.ZodType<z.output<M>[]>, raw: unknown, argumentName: string): Named<M>[] {
  const rules = parseInput(model, raw, argumentName);
  const firstIndex = new Map<string, number>();
  return rules.map((rule, index) => {
    const name = rule.name ?? `rule-${index + 1}`;
    const earlier = firstIndex.get(name);
    if (earlier !== undefined) {
      const field = `${argumentName}.${index}.name`;
      throw new BadUserInputError(field, `${field}: rule ${earlier + 1} is already named "${name}"; names must be unique within the version`);
    }
    firstIndex.set(name, index);
    return { ...rule, name };
  });
}

function compileList(type: PolicyType, raw: unknown, arg: string): CompiledRule[] {
  switch (type) {
    case 'COST':
      return parseNamed<typeof CostRuleModel>(LISTS.COST, raw, arg).map((rule) => ({ type, rule }));
    case 'RATE_LIMIT':
      return parseNamed<typeof RateLimitRuleModel>(LISTS.RATE_LIMIT, raw, arg).map((rule) => ({ type, rule }));
    case 'USAGE':
      return parseNamed<typeof UsageRuleModel>(LISTS.USAGE, raw, arg).map((rule) => ({ type, rule }));
    case 'CONTENT_FILTER':
      return parseNamed<typeof ContentFilterRuleModel>(LISTS.CONTENT_FILTER, raw, arg).map((rule, i) => ({
        type,
        rule,
        patterns: compileBlockedPatterns(rule.blockedPatterns, rule.caseInsensitive ?? false, `${arg}.${i}.blockedPatterns`),
      }));
    case 'SECURITY':
      return parseNamed<typeof SecurityRuleModel>(LISTS.SECURITY, raw, arg).map((rule) => ({ type, rule }));
    case 'COMPLIANCE':
      return parseNamed<typeof ComplianceRuleModel>(LISTS.COMPLIANCE, raw, arg).map((rule) => ({ type, rule }));
    case 'CUSTOM':
      return parseNamed<typeof CustomRuleModel>(LISTS.CUSTOM, raw, arg).map((rule, i) => ({
        type,
        rule,
        expression: compileExpression(rule.action, rule.expression, `${arg}.${i}.expression`),
      }));
  }
}

/**
 * Validates a policy version's rules (a JSON list of 1 to 50, shaped by the policy type) and
 * compiles them once: RE2 patterns, CEL programs. Anything invalid is BAD_USER_INPUT naming the
 * field as the kernel names zod paths: `<argumentName>.<index>.<key>` (`input.rules.0.limit`,
 * `input.rules.2.blockedPatterns.1`, `input.rules.0.expression`). Passing the stored `json` back in
 * gives the same rule set.
 */
export function compileRules(type: PolicyType, rawRules: unknown, argumentName = 'input.rules'): CompiledRuleSet {
  const rules = compileList(type, rawRules, argumentName);
  // The name first, so a stored rule reads from its name.
  const json = rules.map(({ rule: { name, ...parameters } }) => toJson({ name, ...parameters }));
  return { type, rules, json, actions: actionsOf(type, rules.map(({ rule }) => rule)) };
}

/** The actions a version's rules apply to (fixed by type; for CUSTOM, each rule's `action`), in POLICY_ACTIONS order. */
export function actionsOf(type: PolicyType, rules: readonly unknown[]): readonly PolicyAction[] {
  if (type !== 'CUSTOM') return ACTIONS_OF_TYPE[type];
  const named = new Set(rules.map((rule) => (isPlainObject(rule) ? rule.action : undefined)));
  return POLICY_ACTIONS.filter((action) => named.has(action));
}
