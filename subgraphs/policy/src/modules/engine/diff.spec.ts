import { describe, expect, it } from 'vitest';
import { diffRules } from './diff.js';
import { compileRules } from './rules.js';

describe('diffRules', () => {
  it('reports rules added, removed and changed by name, with each changed parameter', () => {
    const before = compileRules('SECURITY', [
      { name: 'blockers', maxOpenFindings: { critical: 0, major: 3 } },
      { name: 'old', maxNewFindings: { minor: 10 } },
      { name: 'same', maxNewFindings: { info: 100 } },
    ]).json;
    const after = compileRules('SECURITY', [
      { name: 'same', maxNewFindings: { info: 100 } },
      { name: 'new', maxNewFindings: { critical: 0 } },
      { name: 'blockers', maxOpenFindings: { critical: 1 }, maxNewFindings: { major: 0 }, message: 'Fix blockers first.' },
    ]).json;
    expect(diffRules(before, after)).toEqual({
      added: ['new'],
      removed: ['old'],
      changed: [
        {
          rule: 'blockers',
          changes: [
            { path: 'maxNewFindings.major', before: null, after: 0 },
            { path: 'maxOpenFindings.critical', before: 0, after: 1 },
            { path: 'maxOpenFindings.major', before: 3, after: null },
            { path: 'message', before: null, after: 'Fix blockers first.' },
          ],
        },
      ],
    });
  });

  it('compares lists whole and ignores the order of rules and of keys', () => {
    const before = [
      { name: 'filter', blockedPatterns: ['a', 'b'], fields: ['prompt', 'completion'] },
      { name: 'models', allowedModels: ['gpt-4o*'] },
    ];
    const after = [
      { allowedModels: ['gpt-4o*'], name: 'models' },
      { name: 'filter', blockedPatterns: ['a', 'c'], fields: ['prompt', 'completion'] },
    ];
    expect(diffRules(before, after)).toEqual({
      added: [],
      removed: [],
      changed: [{ rule: 'filter', changes: [{ path: 'blockedPatterns', before: ['a', 'b'], after: ['a', 'c'] }] }],
    });
  });

  it('finds nothing between identical versions, and names unnamed stored rules rule-<n>', () => {
    const rules = compileRules('CUSTOM', [{ action: 'LLM_REQUEST', expression: 'request.costUsd < 1.0' }]).json;
    expect(diffRules(rules, rules)).toEqual({ added: [], removed: [], changed: [] });
    expect(diffRules([{ limit: 1 }], [{ limit: 2 }]).changed).toEqual([{ rule: 'rule-1', changes: [{ path: 'limit', before: 1, after: 2 }] }]);
  });
});
