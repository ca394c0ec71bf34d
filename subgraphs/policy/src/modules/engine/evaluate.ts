import type { NormalisedContext } from './action-contexts.js';
import type { PolicyAction } from './catalogue.js';
import { checkCompliance, checkContent, checkCost, checkSecurity, checkUsage } from './checks.js';
import type { ExplainedCondition, RuleResult } from './results.js';
import type { CompiledRule, CompiledRuleSet, RateLimitRule } from './rules.js';

/**
 * A counter a RATE_LIMIT rule needs: the caller adds `amount` to the counter `key` within its window
 * of `windowSeconds` (the engine has no clock) and passes the total after this request to
 * {@link evaluateRules}.
 */
export interface CounterRequest {
  readonly ruleName: string;
  /** Stable for a rule, subject, unit and window: `<namespace>/<rule>/user:<id>/requests/60s`. */
  readonly key: string;
  readonly windowSeconds: number;
  /** 1 for REQUESTS; `request.totalTokens` for TOKENS. */
  readonly amount: number;
  readonly limit: number;
}

const SUBJECT_PREFIX: Readonly<Record<RateLimitRule['per'], string>> = {
  USER: 'user',
  TEAM: 'team',
  API_KEY: 'api-key',
  PROJECT: 'project',
  ORGANIZATION: 'organization',
};

/** The subjects a rate limit counts for in this context: none when its kind is absent, one per team for TEAM. */
function subjectsOf(rule: RateLimitRule, context: NormalisedContext<'LLM_REQUEST'>): string[] {
  const { subject } = context.values;
  const ids = {
    USER: [subject.userId],
    TEAM: [...new Set(subject.teamIds)],
    API_KEY: [subject.apiKeyId],
    PROJECT: [subject.projectId],
    ORGANIZATION: [subject.organizationId],
  }[rule.per];
  return ids.filter((id): id is string => typeof id === 'string' && id !== '').map((id) => `${SUBJECT_PREFIX[rule.per]}:${id}`);
}

/** The counters of one rule, each with the subject it counts for (`user:<id>`). */
function countersOf(rule: RateLimitRule, context: NormalisedContext<'LLM_REQUEST'>, namespace: string): { subject: string; counter: CounterRequest }[] {
  const amount = rule.unit === 'TOKENS' ? Number(context.values.request.totalTokens) : 1;
  // Rule names are free text; encoding keeps a `/` in a name from colliding with another key.
  const prefix = `${namespace ? `${namespace}/` : ''}${encodeURIComponent(rule.name)}`;
  return subjectsOf(rule, context).map((subject) => ({
    subject,
    counter: {
      ruleName: rule.name,
      key: `${prefix}/${subject}/${rule.unit.toLowerCase()}/${rule.windowSeconds}s`,
      windowSeconds: rule.windowSeconds,
      amount,
      limit: rule.limit,
    },
  }));
}

function assertContext(action: PolicyAction, context: NormalisedContext): void {
  // A programming error, not the client's: the context was normalised for another action.
  if (context.action !== action) throw new Error(`The context was normalised for ${context.action}, not ${action}.`);
}

/**
 * The counters the RATE_LIMIT rules of a set need for this request (phase one of two). `namespace`
 * (e.g. the policy id) prefixes every key so two policies never share a counter; pass the same one
 * to {@link evaluateRules}. A rule whose subject is absent from the context plans nothing.
 */
export function planCounters(ruleSet: CompiledRuleSet, action: PolicyAction, context: NormalisedContext, namespace = ''): CounterRequest[] {
  assertContext(action, context);
  if (context.action !== 'LLM_REQUEST') return [];
  return ruleSet.rules.flatMap((compiled) => (compiled.type === 'RATE_LIMIT' ? countersOf(compiled.rule, context, namespace).map(({ counter }) => counter) : []));
}

function windowText(seconds: number): string {
  const units = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ] as const;
  for (const [size, unit] of units) {
    if (seconds % size === 0) return seconds === size ? `1 ${unit}` : `${seconds / size} ${unit}s`;
  }
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

function checkRateLimit(rule: RateLimitRule, context: NormalisedContext<'LLM_REQUEST'>, counters: ReadonlyMap<string, number>, namespace: string): ExplainedCondition[] | null {
  const planned = countersOf(rule, context, namespace);
  if (planned.length === 0) return null;
  const unit = rule.unit === 'TOKENS' ? 'tokens' : 'requests';
  return planned.flatMap(({ subject, counter }) => {
    const total = counters.get(counter.key);
    if (total === undefined) throw new Error(`No counter total for ${counter.key}: pass the totals of planCounters' keys (same namespace).`);
    if (total <= rule.limit) return [];
    return [
      {
        field: `counters.${unit}`,
        operator: '<=',
        expected: rule.limit,
        actual: total,
        explanation: `${subject} reaches ${total} ${unit} in ${windowText(rule.windowSeconds)} with this request, above the limit of ${rule.limit}`,
      },
    ];
  });
}

/** The failing conditions of one rule; null when the rule cannot apply to this context. */
function conditionsOf(compiled: CompiledRule, context: NormalisedContext, counters: ReadonlyMap<string, number>, namespace: string): readonly ExplainedCondition[] | null {
  if (compiled.type === 'CUSTOM') {
    if (compiled.rule.action !== context.action) return null;
    const verdict = compiled.expression.run(context.values);
    return verdict.holds ? [] : verdict.conditions;
  }
  if (context.action === 'LLM_REQUEST') {
    switch (compiled.type) {
      case 'COST':
        return checkCost(compiled.rule, context.values);
      case 'RATE_LIMIT':
        return checkRateLimit(compiled.rule, context, counters, namespace);
      case 'USAGE':
        return checkUsage(compiled.rule, context.values);
      case 'CONTENT_FILTER':
        return checkContent(compiled.rule, compiled.patterns, context.values);
      default:
        return null;
    }
  }
  if (compiled.type === 'SECURITY') return checkSecurity(compiled.rule, context.values);
  if (compiled.type === 'COMPLIANCE') return checkCompliance(compiled.rule, context.values);
  return null;
}

const NO_COUNTERS: ReadonlyMap<string, number> = new Map();

/**
 * Evaluates a compiled rule set against a normalised context (phase two): one result per rule that
 * applies to the action, in rule order, each violated rule with its failing conditions explained.
 * `counters` holds, for every key {@link planCounters} returned, the total after this request.
 * Pure and synchronous: no clock, no I/O. A CEL failure at run time is a violation, never a pass.
 */
export function evaluateRules(
  ruleSet: CompiledRuleSet,
  action: PolicyAction,
  context: NormalisedContext,
  counters: ReadonlyMap<string, number> = NO_COUNTERS,
  namespace = '',
): RuleResult[] {
  assertContext(action, context);
  if (!ruleSet.actions.includes(action)) return [];
  const results: RuleResult[] = [];
  for (const compiled of ruleSet.rules) {
    if (compiled.type === 'CUSTOM' && compiled.rule.action !== action) continue;
    const conditions = conditionsOf(compiled, context, counters, namespace);
    const { name, message } = compiled.rule;
    if (conditions === null) results.push({ ruleName: name, applicable: false, violated: false, conditions: [] });
    else if (conditions.length === 0) results.push({ ruleName: name, applicable: true, violated: false, conditions });
    else results.push({ ruleName: name, applicable: true, violated: true, ...(message !== undefined ? { message } : {}), conditions });
  }
  return results;
}
