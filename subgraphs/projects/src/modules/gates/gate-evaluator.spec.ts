import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateGate, holds, mergeMeasurements, type ComparisonOperator, type GateBaseline } from './gate-evaluator.js';

const baseline = (operator: ComparisonOperator, threshold: number, severity: 'ERROR' | 'WARN' = 'ERROR', metric = 'error_rate'): GateBaseline => ({
  metric,
  operator,
  threshold,
  severity,
});
const measured = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('holds', () => {
  // [operator, below the threshold, at the threshold, above the threshold]
  const table: [ComparisonOperator, boolean, boolean, boolean][] = [
    ['LT', true, false, false],
    ['LTE', true, true, false],
    ['GT', false, false, true],
    ['GTE', false, true, true],
    ['EQ', false, true, false],
    ['NEQ', true, false, true],
  ];

  it.each(table)('applies %s below, at and above the threshold', (operator, below, at, above) => {
    expect(holds(operator, 0.049_999, 0.05)).toBe(below);
    expect(holds(operator, 0.05, 0.05)).toBe(at);
    expect(holds(operator, 0.050_001, 0.05)).toBe(above);
  });

  it('compares exactly, without an epsilon', () => {
    expect(holds('EQ', 0.1 + 0.2, 0.3)).toBe(false);
    expect(holds('LTE', Number.MIN_VALUE, 0)).toBe(false);
    expect(holds('GTE', -0, 0)).toBe(true);
  });

  it('handles negative thresholds and zero', () => {
    expect(holds('GT', -1, -2)).toBe(true);
    expect(holds('LT', 0, 0)).toBe(false);
    expect(holds('NEQ', 0, -0)).toBe(false);
  });
});

describe('evaluateCondition', () => {
  it('passes a condition that holds and reports the actual value', () => {
    expect(evaluateCondition(baseline('LT', 0.05), measured({ error_rate: 0.01 }))).toMatchObject({ status: 'PASSED', actualValue: 0.01 });
  });

  it('fails an ERROR condition and warns on a WARN condition that does not hold', () => {
    expect(evaluateCondition(baseline('LT', 0.05, 'ERROR'), measured({ error_rate: 0.05 })).status).toBe('FAILED');
    expect(evaluateCondition(baseline('LT', 0.05, 'WARN'), measured({ error_rate: 0.05 })).status).toBe('WARN');
  });

  it('answers NO_DATA without a value, or with a value that is not finite', () => {
    expect(evaluateCondition(baseline('LT', 1), measured({ other_metric: 0 }))).toMatchObject({ status: 'NO_DATA', actualValue: null });
    expect(evaluateCondition(baseline('LT', 1), measured({ error_rate: Number.NaN })).status).toBe('NO_DATA');
    expect(evaluateCondition(baseline('GT', 1), measured({ error_rate: Number.POSITIVE_INFINITY })).status).toBe('NO_DATA');
  });
});

describe('evaluateGate', () => {
  const cost = baseline('LTE', 0.002, 'ERROR', 'cost_per_request');
  const latency = baseline('LT', 800, 'WARN', 'p95_latency_ms');
  const errors = baseline('LT', 0.05, 'ERROR', 'error_rate');

  it('passes a project without baselines', () => {
    expect(evaluateGate([], measured({}))).toEqual({ status: 'PASSED', conditions: [] });
  });

  it('passes when every condition holds', () => {
    const gate = evaluateGate([cost, latency, errors], measured({ cost_per_request: 0.002, p95_latency_ms: 799, error_rate: 0 }));
    expect(gate.status).toBe('PASSED');
    expect(gate.conditions.map((c) => c.status)).toEqual(['PASSED', 'PASSED', 'PASSED']);
  });

  it('ranks FAILED over WARN over NO_DATA over PASSED', () => {
    expect(evaluateGate([cost, latency, errors], measured({ cost_per_request: 0.003, p95_latency_ms: 900 })).status).toBe('FAILED');
    expect(evaluateGate([cost, latency, errors], measured({ cost_per_request: 0.001, p95_latency_ms: 900 })).status).toBe('WARN');
    expect(evaluateGate([cost, latency, errors], measured({ cost_per_request: 0.001, p95_latency_ms: 100 })).status).toBe('NO_DATA');
    expect(evaluateGate([cost, latency], measured({ cost_per_request: 0.001, p95_latency_ms: 100 })).status).toBe('PASSED');
  });

  it('answers NO_DATA when nothing was measured', () => {
    const gate = evaluateGate([cost, errors], measured({}));
    expect(gate.status).toBe('NO_DATA');
    expect(gate.conditions.every((c) => c.actualValue === null)).toBe(true);
  });

  it('keeps the conditions in the order of the baselines, each with its baseline', () => {
    const gate = evaluateGate([errors, cost], measured({ error_rate: 0.5, cost_per_request: 0 }));
    expect(gate.conditions.map((c) => c.baseline)).toEqual([errors, cost]);
    expect(gate.conditions.map((c) => c.actualValue)).toEqual([0.5, 0]);
  });

  it('evaluates a warning and an error threshold on the same metric independently', () => {
    const warnEarly = baseline('LT', 0.02, 'WARN');
    const failLate = baseline('LT', 0.05, 'ERROR');
    expect(evaluateGate([warnEarly, failLate], measured({ error_rate: 0.03 })).status).toBe('WARN');
    expect(evaluateGate([warnEarly, failLate], measured({ error_rate: 0.06 })).status).toBe('FAILED');
  });
});

describe('mergeMeasurements', () => {
  it('lets later sources override earlier ones metric by metric', () => {
    const merged = mergeMeasurements(measured({ a: 1, b: 2 }), measured({ b: 3, c: 4 }));
    expect([...merged]).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 4],
    ]);
  });
});
