import { describe, expect, it } from 'vitest';
import type { PolicyAction } from './catalogue.js';
import { compileRules } from './rules.js';
import { evaluateFor, llmContext, mergeContext, onlyResult, promoteContext } from './testing.js';

// CUSTOM rules: CEL expressions evaluated against normalised contexts (refusals at save are in rules.spec.ts).


describe('CUSTOM rules', () => {
  const rule = (expression: string, action: PolicyAction = 'LLM_REQUEST') => compileRules('CUSTOM', [{ action, expression }]);

  it('compares an int field with an int and a double field with a double', () => {
    expect(onlyResult(rule('request.promptTokens > 100'), llmContext({ request: { promptTokens: 101 } })).violated).toBe(false);
    expect(onlyResult(rule('request.promptTokens > 100'), llmContext({ request: { promptTokens: 100 } })).violated).toBe(true);
    expect(onlyResult(rule('request.costUsd > 0.5'), llmContext({ request: { costUsd: 0.75 } })).violated).toBe(false);
    // A double field received as a whole JSON number stays a double.
    expect(onlyResult(rule('request.costUsd > 0.5'), llmContext({ request: { costUsd: 1 } })).violated).toBe(false);
  });

  it('explains each failing part of a conjunction with the values it read, never the prompt', () => {
    const set = rule('request.promptTokens < 100 && request.costUsd < 0.5 && request.prompt.size() < 5 && request.model != ""');
    const result = onlyResult(set, llmContext({ request: { promptTokens: 120, costUsd: 0.1, prompt: 'Summarise this text.', model: 'gpt-4o' } }));
    expect(result.conditions).toEqual([
      { field: 'expression', operator: 'equals', expected: true, actual: false, explanation: '`request.promptTokens < 100` is false (request.promptTokens is 120)' },
      { field: 'expression', operator: 'equals', expected: true, actual: false, explanation: '`request.prompt.size() < 5` is false (request.prompt is 20 characters, not shown)' },
    ]);
  });

  it('reads the contexts of promotions and merges', () => {
    const promote = rule('findings.new.critical == 0 && version.modelConfig.temperature <= 0.5 && "error_rate" in baselines', 'PROMOTE_VERSION');
    expect(onlyResult(promote, promoteContext()).violated).toBe(false);
    const merge = rule('pullRequest.baseBranch != "main" || gate.status == "PASSED"', 'MERGE_PULL_REQUEST');
    expect(onlyResult(merge, mergeContext({ gate: { status: 'FAILED' } })).conditions[0]!.explanation).toBe(
      '`pullRequest.baseBranch != "main" || gate.status == "PASSED"` is false (pullRequest.baseBranch is "main"; gate.status is "FAILED")',
    );
  });

  it('counts an evaluation error as a violation, never as a pass', () => {
    const set = rule('version.modelConfig.stream == true', 'PROMOTE_VERSION');
    const result = onlyResult(set, promoteContext());
    expect(result).toMatchObject({ violated: true, conditions: [{ field: 'expression', actual: null, explanation: 'expression failed: No such key: stream in `version.modelConfig.stream == true`' }] });
    // Optional access is the way to read a key that may be absent.
    expect(onlyResult(rule('version.modelConfig.?stream.orValue(false) == false', 'PROMOTE_VERSION'), promoteContext()).violated).toBe(false);
  });

  it('lets an expression test optional ids for null', () => {
    const set = rule('subject.apiKeyId == null || subject.apiKeyId != "revoked-key"');
    expect(onlyResult(set, llmContext()).violated).toBe(false);
    expect(onlyResult(set, llmContext({ subject: { apiKeyId: 'revoked-key' } })).violated).toBe(true);
  });

  it('only evaluates the rules of the action asked about', () => {
    const set = compileRules('CUSTOM', [
      { name: 'llm', action: 'LLM_REQUEST', expression: 'request.costUsd < 1.0' },
      { name: 'merge', action: 'MERGE_PULL_REQUEST', expression: 'pullRequest.changedFiles < 100' },
    ]);
    expect(evaluateFor(set, mergeContext()).map((r) => r.ruleName)).toEqual(['merge']);
    expect(evaluateFor(set, promoteContext())).toEqual([]);
  });
});
