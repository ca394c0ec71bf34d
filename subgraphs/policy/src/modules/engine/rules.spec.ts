import { BadUserInputError } from '@steward/kernel';
import { describe, expect, it } from 'vitest';
import type { PolicyType } from './catalogue.js';
import { actionsOf, compileRules } from './rules.js';
import { refusal } from './testing.js';

const custom = (expression: string, action = 'LLM_REQUEST') => () => compileRules('CUSTOM', [{ action, expression }]);

describe('compileRules: field paths', () => {
  it('names fields as the kernel names zod paths: argument, rule index and key joined by dots', () => {
    // The documented format: `input.rules.<index>.<key>[.<index>]`, never `input.rules[0].limit`.
    expect(refusal(() => compileRules('RATE_LIMIT', [{ limit: 0, windowSeconds: 60, per: 'USER' }]))).toEqual({
      field: 'input.rules.0.limit',
      message: 'input.rules.0.limit: must be at least 1',
    });
    expect(refusal(() => compileRules('CONTENT_FILTER', [{ blockedPatterns: ['ok'] }, { blockedPatterns: ['fine', ''] }])).field).toBe('input.rules.1.blockedPatterns.1');
    expect(refusal(() => compileRules('COST', 'not a list'))).toEqual({ field: 'input.rules', message: 'input.rules: must be a list of rules' });
  });

  it('lists every problem in extensions.issues and takes another argument name when asked', () => {
    let error: unknown;
    try {
      compileRules('RATE_LIMIT', [{ limit: 1.5, windowSeconds: 0, per: 'USER' }], 'rules');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rules.0.limit',
      issues: [
        { field: 'rules.0.limit', message: 'must be a whole number' },
        { field: 'rules.0.windowSeconds', message: 'must be at least 1' },
      ],
    });
  });

  it('refuses unknown keys in a rule, naming them', () => {
    expect(refusal(() => compileRules('COST', [{ maxCostPerRequestUsd: 1, maxCost: 2 }]))).toEqual({
      field: 'input.rules.0',
      message: 'input.rules.0: Unrecognized key: "maxCost"',
    });
    expect(refusal(() => compileRules('SECURITY', [{ maxOpenFindings: { critical: 0, blocker: 0 } }])).message).toContain('"blocker"');
  });

  it('accepts 1 to 50 rules', () => {
    const rule = { maxCostPerRequestUsd: 1 };
    expect(refusal(() => compileRules('COST', [])).message).toBe('input.rules: must have at least one rule');
    expect(compileRules('COST', Array.from({ length: 50 }, () => rule)).rules).toHaveLength(50);
    expect(refusal(() => compileRules('COST', Array.from({ length: 51 }, () => rule))).message).toBe('input.rules: must have at most 50 rules');
  });
});

describe('compileRules: names, defaults and storage', () => {
  it('names unnamed rules rule-<n>, fills defaults and puts the name first in the stored JSON', () => {
    const set = compileRules('RATE_LIMIT', [
      { limit: 10, windowSeconds: 60, per: 'USER' },
      { per: 'TEAM', name: '  team-hourly ', limit: 100, windowSeconds: 3600, unit: 'TOKENS' },
    ]);
    expect(set.json).toEqual([
      { name: 'rule-1', limit: 10, windowSeconds: 60, unit: 'REQUESTS', per: 'USER' },
      { name: 'team-hourly', limit: 100, windowSeconds: 3600, unit: 'TOKENS', per: 'TEAM' },
    ]);
    expect(Object.keys(set.json[1]!)).toEqual(['name', 'limit', 'windowSeconds', 'unit', 'per']);
    expect(compileRules('CONTENT_FILTER', [{ blockedPatterns: ['x'] }]).json).toEqual([{ name: 'rule-1', blockedPatterns: ['x'], fields: ['prompt', 'completion'] }]);
  });

  it('compiles its own stored JSON to the same rules', () => {
    const types: [PolicyType, unknown[]][] = [
      ['COST', [{ maxSpendPerDayUsd: 5, message: 'Daily budget' }]],
      ['USAGE', [{ allowedModels: ['gpt-4o*'] }]],
      ['SECURITY', [{ maxNewFindings: { critical: 0 } }]],
      ['COMPLIANCE', [{ requireGatePassed: true, allowGateWarn: true }]],
      ['CUSTOM', [{ action: 'PROMOTE_VERSION', expression: 'version.number > 1' }]],
    ];
    for (const [type, rules] of types) {
      const stored = compileRules(type, rules).json;
      expect(compileRules(type, JSON.parse(JSON.stringify(stored))).json).toEqual(stored);
    }
  });

  it('refuses a name used twice, including a default name', () => {
    expect(refusal(() => compileRules('COST', [{ maxCostPerRequestUsd: 1 }, { name: 'rule-1', maxCostPerRequestUsd: 2 }]))).toEqual({
      field: 'input.rules.1.name',
      message: 'input.rules.1.name: rule 1 is already named "rule-1"; names must be unique within the version',
    });
    expect(refusal(() => compileRules('COST', [{ name: 'x'.repeat(81), maxCostPerRequestUsd: 1 }])).field).toBe('input.rules.0.name');
    expect(refusal(() => compileRules('COST', [{ maxCostPerRequestUsd: 1, message: 'm'.repeat(301) }])).field).toBe('input.rules.0.message');
  });
});

describe('compileRules: parameters by type', () => {
  it('requires at least one check in COST, USAGE, SECURITY and COMPLIANCE rules', () => {
    expect(refusal(() => compileRules('COST', [{ denyWhenBudgetExhaustsBeforePeriodEnd: false }])).message).toBe(
      'input.rules.0: must set at least one of maxCostPerRequestUsd, maxSpendPerDayUsd, maxSpendPerMonthUsd or denyWhenBudgetExhaustsBeforePeriodEnd: true',
    );
    expect(refusal(() => compileRules('USAGE', [{}])).message).toBe('input.rules.0: must set at least one of maxTokensPerRequest, allowedModels or deniedModels');
    expect(refusal(() => compileRules('SECURITY', [{ maxOpenFindings: {} }])).message).toBe(
      'input.rules.0: must set at least one severity in maxOpenFindings or maxNewFindings',
    );
    expect(refusal(() => compileRules('COMPLIANCE', [{ allowGateWarn: true }])).message).toBe('input.rules.0: must set requireGatePassed: true or requiredBaselines');
  });

  it('refuses negative, non-finite and fractional numbers where they make no sense', () => {
    expect(refusal(() => compileRules('COST', [{ maxCostPerRequestUsd: -1 }]))).toEqual({ field: 'input.rules.0.maxCostPerRequestUsd', message: 'input.rules.0.maxCostPerRequestUsd: must not be negative' });
    expect(refusal(() => compileRules('COST', [{ maxSpendPerDayUsd: Number.POSITIVE_INFINITY }])).field).toBe('input.rules.0.maxSpendPerDayUsd');
    expect(refusal(() => compileRules('USAGE', [{ maxTokensPerRequest: 10.5 }])).field).toBe('input.rules.0.maxTokensPerRequest');
    expect(refusal(() => compileRules('SECURITY', [{ maxOpenFindings: { critical: -1 } }])).field).toBe('input.rules.0.maxOpenFindings.critical');
    expect(refusal(() => compileRules('RATE_LIMIT', [{ limit: 1, windowSeconds: 2_678_401, per: 'USER' }])).message).toBe(
      'input.rules.0.windowSeconds: must be at most 2678400 (31 days)',
    );
    expect(refusal(() => compileRules('RATE_LIMIT', [{ limit: 1, windowSeconds: 60 }])).field).toBe('input.rules.0.per');
  });

  it('refuses an empty or repeated content field and an empty model list', () => {
    expect(refusal(() => compileRules('CONTENT_FILTER', [{ blockedPatterns: ['x'], fields: ['prompt', 'prompt'] }])).message).toBe('input.rules.0.fields: must not repeat a field');
    expect(refusal(() => compileRules('CONTENT_FILTER', [{ blockedPatterns: ['x'], fields: ['headers'] }])).field).toBe('input.rules.0.fields.0');
    expect(refusal(() => compileRules('USAGE', [{ allowedModels: [] }])).message).toBe('input.rules.0.allowedModels: must list at least one model pattern');
  });
});

describe('compileRules: RE2 patterns', () => {
  it('refuses lookahead, lookbehind and backreferences with the pattern path and the reason', () => {
    expect(refusal(() => compileRules('CONTENT_FILTER', [{ blockedPatterns: ['secret', '(?=x)'] }]))).toEqual({
      field: 'input.rules.0.blockedPatterns.1',
      message: 'input.rules.0.blockedPatterns.1: RE2 does not support lookahead; patterns run in linear time',
    });
    expect(refusal(() => compileRules('CONTENT_FILTER', [{ blockedPatterns: ['a(?!b)'] }])).message).toContain('does not support lookahead');
    expect(refusal(() => compileRules('CONTENT_FILTER', [{ blockedPatterns: ['(?<=a)b'] }])).message).toContain('does not support lookbehind');
    expect(refusal(() => compileRules('CONTENT_FILTER', [{ blockedPatterns: ['(cat)\\1'] }])).message).toContain('does not support backreferences');
  });

  it('refuses invalid syntax, quoting RE2', () => {
    expect(refusal(() => compileRules('CONTENT_FILTER', [{ blockedPatterns: ['[a-'] }]))).toEqual({
      field: 'input.rules.0.blockedPatterns.0',
      message: 'input.rules.0.blockedPatterns.0: is not a valid RE2 pattern (missing ]: [a-)',
    });
  });

  it('accepts a pattern that backtracks catastrophically elsewhere', () => {
    expect(compileRules('CONTENT_FILTER', [{ blockedPatterns: ['(a+)+$'] }]).rules).toHaveLength(1);
  });
});

describe('compileRules: CEL expressions', () => {
  it('refuses a typo in a field, naming it and what exists', () => {
    expect(refusal(custom('request.modle == "gpt-4o"'))).toEqual({
      field: 'input.rules.0.expression',
      message:
        "input.rules.0.expression: unknown field 'modle' of request at column 9; request has model, provider, promptTokens, completionTokens, totalTokens, costUsd, prompt, completion. Did you mean 'model'?",
    });
    expect(refusal(custom('findings.open.critcal == 0', 'PROMOTE_VERSION')).message).toContain("unknown field 'critcal' of findings.open");
  });

  it('refuses an unknown variable, naming the parts of the context', () => {
    expect(refusal(custom('reqest.model == "x"')).message).toBe(
      "input.rules.0.expression: unknown variable 'reqest' at column 1; the LLM_REQUEST context has subject, request, spend, budget. Did you mean 'request'?",
    );
    // Each action has its own context: a pull request has no `request`.
    expect(refusal(custom('request.costUsd < 1.0', 'MERGE_PULL_REQUEST')).message).toContain("unknown variable 'request'");
  });

  it('refuses a syntax error with its position', () => {
    expect(refusal(custom('request.costUsd < ')).message).toBe('input.rules.0.expression: syntax error at column 19: Unexpected token: EOF');
    expect(refusal(custom('request.costUsd < 1.0 &&\n  request.model ==== "x"')).message).toMatch(/^input\.rules\.0\.expression: syntax error at line 2, column \d+: /);
  });

  it('refuses an expression that does not return bool', () => {
    expect(refusal(custom('request.costUsd * 2.0')).message).toBe('input.rules.0.expression: must return bool, but returns double');
    expect(refusal(custom('request')).message).toBe('input.rules.0.expression: must return bool, but returns request');
    expect(refusal(custom('version.modelConfig.stream', 'PROMOTE_VERSION')).message).toBe(
      'input.rules.0.expression: must return bool, but returns dyn (compare the value, e.g. `== true`)',
    );
  });

  it('refuses == between int and double with a hint, while < between them is allowed', () => {
    expect(refusal(custom('request.costUsd == 1')).message).toBe(
      'input.rules.0.expression: type error at column 1: no such overload: double == int (CEL does not mix int and double in ==, != or arithmetic: write 1.0 for a double, or convert with double() or int())',
    );
    expect(() => custom('request.costUsd > 1 && request.promptTokens < 2.5')()).not.toThrow();
  });

  it('refuses matches(), which runs on a backtracking engine', () => {
    expect(refusal(custom('request.prompt.matches("(a+)+$")')).message).toContain('matches() is not available in policies');
  });

  it('refuses an empty expression and an unknown action', () => {
    expect(refusal(custom('   ')).field).toBe('input.rules.0.expression');
    expect(refusal(custom('true', 'DEPLOY')).field).toBe('input.rules.0.action');
  });
});

describe('actionsOf', () => {
  it('answers the actions of a type, and for CUSTOM the actions its rules name', () => {
    expect(actionsOf('COST', [])).toEqual(['LLM_REQUEST']);
    expect(actionsOf('SECURITY', [])).toEqual(['PROMOTE_VERSION', 'MERGE_PULL_REQUEST']);
    const rules = [
      { action: 'MERGE_PULL_REQUEST', expression: 'true' },
      { action: 'LLM_REQUEST', expression: 'true' },
      { action: 'MERGE_PULL_REQUEST', expression: 'false' },
    ];
    expect(actionsOf('CUSTOM', rules)).toEqual(['LLM_REQUEST', 'MERGE_PULL_REQUEST']);
    expect(compileRules('CUSTOM', rules).actions).toEqual(['LLM_REQUEST', 'MERGE_PULL_REQUEST']);
  });
});
