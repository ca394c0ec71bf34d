import { describe, expect, it } from 'vitest';
import { combineOutcomes, outcomeOf } from './outcome.js';

describe('outcomeOf', () => {
  it('denies under STRICT, warns under WARNING and allows under MONITOR while recording a would-be denial', () => {
    expect(outcomeOf(true, 'STRICT')).toEqual({ outcome: 'DENY', violation: 'DENY' });
    expect(outcomeOf(true, 'WARNING')).toEqual({ outcome: 'WARN', violation: 'WARN' });
    expect(outcomeOf(true, 'MONITOR')).toEqual({ outcome: 'ALLOW', violation: 'WOULD_DENY' });
  });

  it('allows without a violation when nothing failed, whatever the enforcement', () => {
    for (const enforcement of ['STRICT', 'WARNING', 'MONITOR'] as const) expect(outcomeOf(false, enforcement)).toEqual({ outcome: 'ALLOW', violation: null });
  });
});

describe('combineOutcomes', () => {
  it('keeps the most severe outcome: DENY over WARN over ALLOW', () => {
    expect(combineOutcomes(['ALLOW', 'WARN', 'ALLOW'])).toBe('WARN');
    expect(combineOutcomes(['WARN', 'DENY', 'ALLOW'])).toBe('DENY');
    expect(combineOutcomes(new Set(['ALLOW'] as const))).toBe('ALLOW');
  });

  it('allows when no policy had anything to say', () => {
    expect(combineOutcomes([])).toBe('ALLOW');
  });
});
