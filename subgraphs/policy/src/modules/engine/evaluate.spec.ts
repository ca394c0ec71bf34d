import { describe, expect, it } from 'vitest';
import { evaluateRules, planCounters } from './evaluate.js';
import { explainResult } from './results.js';
import { compileRules } from './rules.js';
import { evaluateFor, llmContext, mergeContext, onlyResult, promoteContext } from './testing.js';


describe('COST rules', () => {
  const set = compileRules('COST', [
    { name: 'per-request', maxCostPerRequestUsd: 0.25, message: 'Use a cheaper model.' },
    { name: 'daily', maxSpendPerDayUsd: 12.5, maxSpendPerMonthUsd: 100 },
    { name: 'forecast', denyWhenBudgetExhaustsBeforePeriodEnd: true },
  ]);

  it('passes a request within every limit, a limit itself included', () => {
    const results = evaluateFor(set, llmContext({ request: { costUsd: 0.25 }, spend: { dayUsd: 12.25, monthUsd: 50 } }));
    expect(results).toEqual([
      { ruleName: 'per-request', applicable: true, violated: false, conditions: [] },
      { ruleName: 'daily', applicable: true, violated: false, conditions: [] },
      { ruleName: 'forecast', applicable: true, violated: false, conditions: [] },
    ]);
  });

  it('explains a request above each limit with actual and expected values', () => {
    const context = llmContext({
      request: { costUsd: 0.42 },
      spend: { dayUsd: 12.3, monthUsd: 99.9 },
      budget: { limitUsd: 100, spentUsd: 80, forecastUsd: 130, exhaustsBeforePeriodEnd: true },
    });
    const [perRequest, daily, forecast] = evaluateFor(set, context);
    expect(perRequest).toEqual({
      ruleName: 'per-request',
      applicable: true,
      violated: true,
      message: 'Use a cheaper model.',
      conditions: [{ field: 'request.costUsd', operator: '<=', expected: 0.25, actual: 0.42, explanation: 'request.costUsd is 0.42, above the limit of 0.25' }],
    });
    expect(daily!.conditions).toEqual([
      {
        field: 'spend.dayUsd',
        operator: '<=',
        expected: 12.5,
        actual: 12.72,
        explanation: 'spend.dayUsd would be 12.72 with this request (12.3 spent today + 0.42), above the limit of 12.5',
      },
      {
        field: 'spend.monthUsd',
        operator: '<=',
        expected: 100,
        actual: 100.32,
        explanation: 'spend.monthUsd would be 100.32 with this request (99.9 spent this month + 0.42), above the limit of 100',
      },
    ]);
    expect(forecast!.conditions).toEqual([
      {
        field: 'budget.exhaustsBeforePeriodEnd',
        operator: 'equals',
        expected: false,
        actual: true,
        explanation: 'budget.exhaustsBeforePeriodEnd is true: the forecast of 130 runs past the budget of 100 (80 spent) before the period ends',
      },
    ]);
    expect(explainResult(perRequest!)).toBe('Use a cheaper model.: request.costUsd is 0.42, above the limit of 0.25');
  });

  it('does not apply to other actions', () => {
    expect(evaluateFor(set, promoteContext())).toEqual([]);
  });
});

describe('USAGE rules', () => {
  it('limits tokens per request', () => {
    const set = compileRules('USAGE', [{ maxTokensPerRequest: 4096 }]);
    expect(onlyResult(set, llmContext({ request: { totalTokens: 4096 } })).violated).toBe(false);
    expect(onlyResult(set, llmContext({ request: { totalTokens: 5000 } })).conditions).toEqual([
      { field: 'request.totalTokens', operator: '<=', expected: 4096, actual: 5000, explanation: 'request.totalTokens is 5000, above the limit of 4096' },
    ]);
  });

  it('matches allowed models by case-insensitive glob, on the model and on provider/model', () => {
    const set = compileRules('USAGE', [{ allowedModels: ['gpt-4o*', 'anthropic/*'] }]);
    expect(onlyResult(set, llmContext({ request: { model: 'GPT-4o-mini' } })).violated).toBe(false);
    expect(onlyResult(set, llmContext({ request: { model: 'anthropic/claude-sonnet-4', provider: 'openrouter' } })).violated).toBe(false);
    expect(onlyResult(set, llmContext({ request: { model: 'claude-sonnet-4', provider: 'anthropic' } })).violated).toBe(false);
    expect(onlyResult(set, llmContext({ request: { model: 'gpt-5', provider: 'openai' } })).conditions).toEqual([
      {
        field: 'request.model',
        operator: 'in',
        expected: ['gpt-4o*', 'anthropic/*'],
        actual: 'gpt-5',
        explanation: 'request.model is "gpt-5" (provider "openai"), which matches none of the allowed models: gpt-4o*, anthropic/*',
      },
    ]);
  });

  it('names the denied pattern a model matches', () => {
    const set = compileRules('USAGE', [{ deniedModels: ['*-preview', 'o1*'] }]);
    expect(onlyResult(set, llmContext({ request: { model: 'gpt-4o' } })).violated).toBe(false);
    expect(onlyResult(set, llmContext({ request: { model: 'gpt-4.5-Preview' } })).conditions).toEqual([
      {
        field: 'request.model',
        operator: 'not in',
        expected: ['*-preview', 'o1*'],
        actual: 'gpt-4.5-Preview',
        explanation: 'request.model is "gpt-4.5-Preview" (provider "openai"), which matches the denied pattern *-preview',
      },
    ]);
  });
});

describe('CONTENT_FILTER rules', () => {
  const secret = 'my key is sk-ABCDEFGHIJKLMNOPQRSTUVWX, keep it safe';

  it('says which pattern matched in which field, never the matched text', () => {
    const set = compileRules('CONTENT_FILTER', [{ name: 'secrets', blockedPatterns: ['password', 'sk-[A-Za-z0-9]{20,}'] }]);
    expect(onlyResult(set, llmContext({ request: { prompt: 'Summarise this.' } })).violated).toBe(false);
    const result = onlyResult(set, llmContext({ request: { prompt: secret, completion: 'The key sk-ABCDEFGHIJKLMNOPQRSTUVWX is noted.' } }));
    expect(result.conditions).toEqual([
      { field: 'request.prompt', operator: 'not matches', expected: 'blockedPatterns[1]', actual: '(not shown)', explanation: 'request.prompt matches blockedPatterns[1] (the matched text is not shown)' },
      { field: 'request.completion', operator: 'not matches', expected: 'blockedPatterns[1]', actual: '(not shown)', explanation: 'request.completion matches blockedPatterns[1] (the matched text is not shown)' },
    ]);
    expect(JSON.stringify(result)).not.toContain('sk-ABC');
  });

  it('reads only the fields it names and matches case-sensitively unless told otherwise', () => {
    const promptOnly = compileRules('CONTENT_FILTER', [{ blockedPatterns: ['secret'], fields: ['prompt'] }]);
    expect(onlyResult(promptOnly, llmContext({ request: { prompt: 'fine', completion: 'a secret' } })).violated).toBe(false);
    const sensitive = compileRules('CONTENT_FILTER', [{ blockedPatterns: ['SECRET'] }]);
    expect(onlyResult(sensitive, llmContext({ request: { prompt: 'a secret' } })).violated).toBe(false);
    const insensitive = compileRules('CONTENT_FILTER', [{ blockedPatterns: ['SECRET'], caseInsensitive: true }]);
    expect(onlyResult(insensitive, llmContext({ request: { prompt: 'a secret' } })).violated).toBe(true);
  });

  it('runs a pattern that is catastrophic on a backtracking engine in linear time', () => {
    const set = compileRules('CONTENT_FILTER', [{ blockedPatterns: ['(a+)+$', '(x+x+)+y'] }]);
    const prompt = `${'a'.repeat(30)}!${'x'.repeat(5000)}`;
    expect(onlyResult(set, llmContext({ request: { prompt } })).violated).toBe(false);
    expect(onlyResult(set, llmContext({ request: { prompt: 'aaaa' } })).conditions.map((c) => c.expected)).toEqual(['blockedPatterns[0]']);
  });

  it('finds every matching pattern when patterns cannot share one alternation', () => {
    const set = compileRules('CONTENT_FILTER', [{ blockedPatterns: ['(?P<k>key)', '(?P<k>token)'] }]);
    expect(onlyResult(set, llmContext({ request: { prompt: 'a token' } })).conditions.map((c) => c.expected)).toEqual(['blockedPatterns[1]']);
  });
});

describe('SECURITY rules', () => {
  const set = compileRules('SECURITY', [{ maxOpenFindings: { critical: 0, major: 2 }, maxNewFindings: { minor: 0 } }]);

  it('passes within the limits for a promotion and for a merge', () => {
    const findings = { open: { critical: 0, major: 2 }, new: { minor: 0 } };
    expect(onlyResult(set, promoteContext({ findings })).violated).toBe(false);
    expect(onlyResult(set, mergeContext({ findings })).violated).toBe(false);
  });

  it('explains each severity above its limit', () => {
    const result = onlyResult(set, mergeContext({ findings: { open: { critical: 1, major: 3 }, new: { minor: 2 } } }));
    expect(result.conditions).toEqual([
      { field: 'findings.open.critical', operator: '<=', expected: 0, actual: 1, explanation: 'findings.open.critical is 1, above the limit of 0' },
      { field: 'findings.open.major', operator: '<=', expected: 2, actual: 3, explanation: 'findings.open.major is 3, above the limit of 2' },
      { field: 'findings.new.minor', operator: '<=', expected: 0, actual: 2, explanation: 'findings.new.minor is 2, above the limit of 0' },
    ]);
  });
});

describe('COMPLIANCE rules', () => {
  it('requires a passing gate, counting WARN as passing only when allowed', () => {
    const strict = compileRules('COMPLIANCE', [{ requireGatePassed: true }]);
    const lenient = compileRules('COMPLIANCE', [{ requireGatePassed: true, allowGateWarn: true }]);
    expect(onlyResult(strict, promoteContext({ gate: { status: 'PASSED' } })).violated).toBe(false);
    expect(onlyResult(strict, promoteContext({ gate: { status: 'WARN' } })).conditions).toEqual([
      { field: 'gate.status', operator: 'in', expected: ['PASSED'], actual: 'WARN', explanation: 'gate.status is WARN, but PASSED is required' },
    ]);
    expect(onlyResult(lenient, promoteContext({ gate: { status: 'WARN' } })).violated).toBe(false);
    expect(onlyResult(lenient, mergeContext({ gate: { status: 'FAILED', failedConditions: 2 } })).conditions).toEqual([
      { field: 'gate.status', operator: 'in', expected: ['PASSED', 'WARN'], actual: 'FAILED', explanation: 'gate.status is FAILED (2 failed conditions), but PASSED or WARN is required' },
    ]);
    expect(onlyResult(strict, promoteContext({ gate: { status: 'NO_DATA' } })).violated).toBe(true);
  });

  it('requires baselines by metric name for a promotion; a merge has none to check', () => {
    const set = compileRules('COMPLIANCE', [{ requiredBaselines: ['error_rate', 'cost_per_request'] }]);
    expect(onlyResult(set, promoteContext({ baselines: ['error_rate', 'cost_per_request', 'p95'] })).violated).toBe(false);
    expect(onlyResult(set, promoteContext({ baselines: ['error_rate'] })).conditions).toEqual([
      { field: 'baselines', operator: 'contains', expected: 'cost_per_request', actual: ['error_rate'], explanation: 'baselines lacks the required metric "cost_per_request"' },
    ]);
    expect(onlyResult(set, mergeContext())).toEqual({ ruleName: 'rule-1', applicable: false, violated: false, conditions: [] });
  });
});

describe('RATE_LIMIT rules', () => {
  const set = compileRules('RATE_LIMIT', [
    { name: 'user-minute', limit: 10, windowSeconds: 60, per: 'USER' },
    { name: 'team-hour', limit: 1000, windowSeconds: 3600, per: 'TEAM', unit: 'TOKENS' },
    { name: 'key-day', limit: 5000, windowSeconds: 86_400, per: 'API_KEY' },
    { name: 'project', limit: 100, windowSeconds: 90, per: 'PROJECT' },
    { name: 'org', limit: 1_000_000, windowSeconds: 2_678_400, per: 'ORGANIZATION' },
  ]);
  const context = llmContext({ subject: { userId: 'u-1', teamIds: ['t-1', 't-2', 't-1'], apiKeyId: null, projectId: 'p-1' }, request: { totalTokens: 250 } });

  it('plans one counter per rule and subject, keyed by rule, subject, unit and window', () => {
    expect(planCounters(set, 'LLM_REQUEST', context)).toEqual([
      { ruleName: 'user-minute', key: 'user-minute/user:u-1/requests/60s', windowSeconds: 60, amount: 1, limit: 10 },
      { ruleName: 'team-hour', key: 'team-hour/team:t-1/tokens/3600s', windowSeconds: 3600, amount: 250, limit: 1000 },
      { ruleName: 'team-hour', key: 'team-hour/team:t-2/tokens/3600s', windowSeconds: 3600, amount: 250, limit: 1000 },
      { ruleName: 'project', key: 'project/project:p-1/requests/90s', windowSeconds: 90, amount: 1, limit: 100 },
      { ruleName: 'org', key: 'org/organization:org-1/requests/2678400s', windowSeconds: 2_678_400, amount: 1, limit: 1_000_000 },
    ]);
  });

  it('prefixes keys with a namespace, which evaluation must be given too', () => {
    const keyed = llmContext({ subject: { apiKeyId: 'k-9' } });
    const plans = planCounters(set, 'LLM_REQUEST', keyed, 'policy-1');
    expect(plans.map((c) => c.key)).toContain('policy-1/key-day/api-key:k-9/requests/86400s');
    const totals = new Map(plans.map((plan) => [plan.key, plan.ruleName === 'key-day' ? 5001 : 1]));
    const results = evaluateRules(set, 'LLM_REQUEST', keyed, totals, 'policy-1');
    expect(results.filter((r) => r.violated).map((r) => r.conditions[0]!.explanation)).toEqual([
      'api-key:k-9 reaches 5001 requests in 1 day with this request, above the limit of 5000',
    ]);
    expect(() => evaluateRules(set, 'LLM_REQUEST', keyed, totals)).toThrow('No counter total for user-minute/user:user-1/requests/60s');
  });

  it('evaluates the totals after this request; a subject absent from the context makes the rule not applicable', () => {
    const plans = planCounters(set, 'LLM_REQUEST', context);
    const totals = new Map(plans.map((plan) => [plan.key, plan.limit]));
    totals.set('team-hour/team:t-2/tokens/3600s', 1250);
    const results = evaluateFor(set, context, totals);
    expect(results.map((r) => [r.ruleName, r.applicable, r.violated])).toEqual([
      ['user-minute', true, false],
      ['team-hour', true, true],
      ['key-day', false, false],
      ['project', true, false],
      ['org', true, false],
    ]);
    expect(results[1]!.conditions).toEqual([
      { field: 'counters.tokens', operator: '<=', expected: 1000, actual: 1250, explanation: 'team:t-2 reaches 1250 tokens in 1 hour with this request, above the limit of 1000' },
    ]);
  });

  it('refuses to evaluate without the totals it planned, rather than pass', () => {
    expect(() => evaluateFor(set, context)).toThrow('No counter total for user-minute/user:u-1/requests/60s');
  });

  it('plans nothing for other actions and keeps rule names from colliding in keys', () => {
    expect(planCounters(set, 'PROMOTE_VERSION', promoteContext())).toEqual([]);
    const slashed = compileRules('RATE_LIMIT', [{ name: 'a/user:x', limit: 1, windowSeconds: 1, per: 'USER' }]);
    expect(planCounters(slashed, 'LLM_REQUEST', context)[0]!.key).toBe('a%2Fuser%3Ax/user:u-1/requests/1s');
  });
});

describe('evaluateRules', () => {
  it('refuses a context normalised for another action', () => {
    const set = compileRules('SECURITY', [{ maxOpenFindings: { critical: 0 } }]);
    expect(() => evaluateRules(set, 'MERGE_PULL_REQUEST', promoteContext())).toThrow('The context was normalised for PROMOTE_VERSION, not MERGE_PULL_REQUEST.');
  });
});
