import { describe, expect, it } from 'vitest';
import { compileBlockedPatterns, globMatches } from './patterns.js';

describe('globMatches', () => {
  // [pattern, text, matches]
  const table: [string, string, boolean][] = [
    ['gpt-4o*', 'gpt-4o', true],
    ['gpt-4o*', 'gpt-4o-mini-2024-07-18', true],
    ['gpt-4o*', 'GPT-4O-MINI', true],
    ['gpt-4o*', 'gpt-4', false],
    ['anthropic/*', 'anthropic/claude-sonnet-4', true],
    ['anthropic/*', 'openrouter/anthropic/claude', false],
    ['*/claude-*', 'openrouter/anthropic/claude-3', true],
    ['*-preview', 'o1-preview', true],
    ['*mini*', 'gpt-4o-mini-tts', true],
    ['gpt-4o', 'gpt-4o-mini', false],
    ['gpt.4o', 'gpt-4o', false],
    ['o1?', 'o1?', true],
    ['*', '', true],
    ['a*b*c', 'aXbYbZc', true],
    ['a*b*c', 'aXbYbZ', false],
  ];

  it.each(table)('%s on %s is %s', (pattern, text, expected) => {
    expect(globMatches(pattern, text)).toBe(expected);
  });

  it('stays quick on many stars against a long name that almost matches', () => {
    expect(globMatches(`${'a*'.repeat(40)}b`, 'a'.repeat(2000))).toBe(false);
  });
});

describe('compileBlockedPatterns', () => {
  it('answers the indexes of every matching pattern, in pattern order', () => {
    const set = compileBlockedPatterns(['alpha', 'beta', 'gamma'], false, 'input.rules.0.blockedPatterns');
    expect(set.size).toBe(3);
    expect(set.matchingIndexes('gamma then alpha')).toEqual([0, 2]);
    expect(set.matchingIndexes('nothing')).toEqual([]);
  });

  it('treats each pattern as a whole, even with alternation or inline flags inside', () => {
    const set = compileBlockedPatterns(['^a|b$', '(?i)CaSe'], false, 'f');
    expect(set.matchingIndexes('xb')).toEqual([0]);
    expect(set.matchingIndexes('xa')).toEqual([]);
    expect(set.matchingIndexes('lower case')).toEqual([1]);
  });
});
