import type { ActionContext } from './action-contexts.js';
import { globMatches, type BlockedPatternSet } from './patterns.js';
import type { ExplainedCondition } from './results.js';
import type { ComplianceRule, ContentFilterRule, CostRule, SecurityRule, UsageRule } from './rules.js';
import { formatValue, roundNumber } from './values.js';

// The built-in rule types, one function each: context in, failing conditions out (empty: it holds).
// Limits are inclusive: a value equal to its limit passes.

type LlmValues = ActionContext<'LLM_REQUEST'>;
type ReviewValues = ActionContext<'PROMOTE_VERSION'> | ActionContext<'MERGE_PULL_REQUEST'>;

function atMost(field: string, actual: number, limit: number, sentence: string): ExplainedCondition[] {
  const value = roundNumber(actual);
  if (value <= limit) return [];
  return [{ field, operator: '<=', expected: limit, actual: value, explanation: `${sentence}, above the limit of ${formatValue(limit)}` }];
}

/** COST: the request's cost, the day's and month's spend with this request, the budget forecast. */
export function checkCost(rule: CostRule, values: LlmValues): ExplainedCondition[] {
  const { costUsd } = values.request;
  const conditions: ExplainedCondition[] = [];
  if (rule.maxCostPerRequestUsd !== undefined) {
    conditions.push(...atMost('request.costUsd', costUsd, rule.maxCostPerRequestUsd, `request.costUsd is ${formatValue(costUsd)}`));
  }
  const periods = [
    ['spend.dayUsd', values.spend.dayUsd, rule.maxSpendPerDayUsd, 'today'],
    ['spend.monthUsd', values.spend.monthUsd, rule.maxSpendPerMonthUsd, 'this month'],
  ] as const;
  for (const [field, spent, limit, period] of periods) {
    if (limit === undefined) continue;
    const total = spent + costUsd;
    const sentence = `${field} would be ${formatValue(total)} with this request (${formatValue(spent)} spent ${period} + ${formatValue(costUsd)})`;
    conditions.push(...atMost(field, total, limit, sentence));
  }
  const { budget } = values;
  if (rule.denyWhenBudgetExhaustsBeforePeriodEnd && budget.exhaustsBeforePeriodEnd) {
    conditions.push({
      field: 'budget.exhaustsBeforePeriodEnd',
      operator: 'equals',
      expected: false,
      actual: true,
      explanation: `budget.exhaustsBeforePeriodEnd is true: the forecast of ${formatValue(budget.forecastUsd)} runs past the budget of ${formatValue(budget.limitUsd)} (${formatValue(budget.spentUsd)} spent) before the period ends`,
    });
  }
  return conditions;
}

/** USAGE: tokens per request, allowed and denied model globs (tried on `model` and on `provider/model`). */
export function checkUsage(rule: UsageRule, values: LlmValues): ExplainedCondition[] {
  const { model, provider, totalTokens } = values.request;
  const conditions: ExplainedCondition[] = [];
  if (rule.maxTokensPerRequest !== undefined) {
    const tokens = Number(totalTokens);
    conditions.push(...atMost('request.totalTokens', tokens, rule.maxTokensPerRequest, `request.totalTokens is ${tokens}`));
  }
  // `anthropic/*` should catch `claude-sonnet-4` served by provider `anthropic` as well as `anthropic/claude-sonnet-4`.
  const names = [model, `${provider}/${model}`];
  const matches = (pattern: string) => names.some((name) => globMatches(pattern, name));
  const shown = `request.model is ${formatValue(model)} (provider ${formatValue(provider)})`;
  if (rule.allowedModels && !rule.allowedModels.some(matches)) {
    conditions.push({
      field: 'request.model',
      operator: 'in',
      expected: rule.allowedModels,
      actual: model,
      explanation: `${shown}, which matches none of the allowed models: ${rule.allowedModels.join(', ')}`,
    });
  }
  const denied = rule.deniedModels?.filter(matches) ?? [];
  if (denied.length) {
    conditions.push({
      field: 'request.model',
      operator: 'not in',
      expected: rule.deniedModels ?? [],
      actual: model,
      explanation: `${shown}, which matches the denied ${denied.length === 1 ? 'pattern' : 'patterns'} ${denied.join(', ')}`,
    });
  }
  return conditions;
}

/** CONTENT_FILTER: which pattern matched in which field; the matched text is never repeated. */
export function checkContent(rule: ContentFilterRule, patterns: BlockedPatternSet, values: LlmValues): ExplainedCondition[] {
  return rule.fields.flatMap((name) =>
    patterns.matchingIndexes(values.request[name]).map((index) => ({
      field: `request.${name}`,
      operator: 'not matches',
      expected: `blockedPatterns[${index}]`,
      actual: '(not shown)',
      explanation: `request.${name} matches blockedPatterns[${index}] (the matched text is not shown)`,
    })),
  );
}

const SEVERITIES = ['critical', 'major', 'minor', 'info'] as const;

/** SECURITY: open and new findings per severity against their maxima. */
export function checkSecurity(rule: SecurityRule, values: ReviewValues): ExplainedCondition[] {
  const groups = [
    ['open', rule.maxOpenFindings],
    ['new', rule.maxNewFindings],
  ] as const;
  return groups.flatMap(([group, limits]) =>
    SEVERITIES.flatMap((severity) => {
      const limit = limits?.[severity];
      if (limit === undefined) return [];
      const field = `findings.${group}.${severity}`;
      const actual = Number(values.findings[group][severity]);
      return atMost(field, actual, limit, `${field} is ${actual}`);
    }),
  );
}

/**
 * COMPLIANCE: the gate status and the required baselines. MERGE_PULL_REQUEST declares no baselines,
 * so `requiredBaselines` is only checked for PROMOTE_VERSION; null means nothing could be checked.
 */
export function checkCompliance(rule: ComplianceRule, values: ReviewValues): ExplainedCondition[] | null {
  const conditions: ExplainedCondition[] = [];
  let checked = false;
  if (rule.requireGatePassed) {
    checked = true;
    const accepted = rule.allowGateWarn ? ['PASSED', 'WARN'] : ['PASSED'];
    const { status, failedConditions } = values.gate;
    if (!accepted.includes(status)) {
      const failed = Number(failedConditions);
      const detail = failed > 0 ? ` (${failed} failed ${failed === 1 ? 'condition' : 'conditions'})` : '';
      conditions.push({
        field: 'gate.status',
        operator: 'in',
        expected: accepted,
        actual: status,
        explanation: `gate.status is ${status}${detail}, but ${accepted.join(' or ')} is required`,
      });
    }
  }
  if (rule.requiredBaselines && 'baselines' in values) {
    checked = true;
    const present = new Set(values.baselines);
    for (const metric of rule.requiredBaselines) {
      if (present.has(metric)) continue;
      conditions.push({
        field: 'baselines',
        operator: 'contains',
        expected: metric,
        actual: [...values.baselines],
        explanation: `baselines lacks the required metric ${formatValue(metric)}`,
      });
    }
  }
  return checked ? conditions : null;
}
