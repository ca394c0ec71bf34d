/**
 * The quality gate as a pure function: baselines + a map of measured values → a verdict.
 *
 * It knows nothing about where values come from. `GateService` merges the sources before calling it:
 * the values recorded with `recordVersionMeasurements`, and the live values the metrics subgraph
 * measures from LLM usage and the analysis subgraph from the version's latest finished analysis
 * (`ProjectVersion.liveMeasurements` and `analysisMeasurements`, which `gate` @requires; a promotion
 * asks their internal routes instead). Live values win metric by metric (`mergeMeasurements`).
 */

export const COMPARISON_OPERATORS = ['LT', 'LTE', 'GT', 'GTE', 'EQ', 'NEQ'] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export const SEVERITIES = ['ERROR', 'WARN'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const GATE_STATUSES = ['PASSED', 'WARN', 'FAILED', 'NO_DATA'] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];

/** What the evaluator needs of a baseline. */
export interface GateBaseline {
  metric: string;
  operator: ComparisonOperator;
  threshold: number;
  severity: Severity;
}

/** A version's measured values by metric name. */
export type MeasurementMap = ReadonlyMap<string, number>;

/** One baseline evaluated against one version. */
export interface ConditionResult<B extends GateBaseline = GateBaseline> {
  baseline: B;
  /** The measured value, or null when there is none (or it is not a finite number). */
  actualValue: number | null;
  status: GateStatus;
}

/** The gate's verdict and every condition behind it. */
export interface GateResult<B extends GateBaseline = GateBaseline> {
  status: GateStatus;
  conditions: ConditionResult<B>[];
}

/** Whether `actual operator threshold` holds. Comparisons are exact (no epsilon), boundaries included as the operator says. */
export function holds(operator: ComparisonOperator, actual: number, threshold: number): boolean {
  switch (operator) {
    case 'LT':
      return actual < threshold;
    case 'LTE':
      return actual <= threshold;
    case 'GT':
      return actual > threshold;
    case 'GTE':
      return actual >= threshold;
    case 'EQ':
      return actual === threshold;
    case 'NEQ':
      return actual !== threshold;
  }
}

/** Evaluates one baseline: PASSED when it holds, ERROR → FAILED and WARN → WARN when not, NO_DATA without a value. */
export function evaluateCondition<B extends GateBaseline>(baseline: B, measurements: MeasurementMap): ConditionResult<B> {
  const value = measurements.get(baseline.metric);
  if (value === undefined || !Number.isFinite(value)) return { baseline, actualValue: null, status: 'NO_DATA' };
  if (holds(baseline.operator, value, baseline.threshold)) return { baseline, actualValue: value, status: 'PASSED' };
  return { baseline, actualValue: value, status: baseline.severity === 'ERROR' ? 'FAILED' : 'WARN' };
}

/** Precedence of verdicts when combining conditions: the worst one wins. */
const SEVERITY_ORDER: Record<GateStatus, number> = { PASSED: 0, NO_DATA: 1, WARN: 2, FAILED: 3 };

/**
 * Evaluates every baseline. The gate is FAILED when an ERROR condition is violated, else WARN when
 * a WARN condition is, else NO_DATA when a value is missing, else PASSED (also with no baselines).
 * Conditions come back in the order of `baselines`.
 */
export function evaluateGate<B extends GateBaseline>(baselines: readonly B[], measurements: MeasurementMap): GateResult<B> {
  const conditions = baselines.map((baseline) => evaluateCondition(baseline, measurements));
  const status = conditions.reduce<GateStatus>(
    (worst, condition) => (SEVERITY_ORDER[condition.status] > SEVERITY_ORDER[worst] ? condition.status : worst),
    'PASSED',
  );
  return { status, conditions };
}

/** Combines measurement sources; later sources override earlier ones metric by metric. */
export function mergeMeasurements(...sources: MeasurementMap[]): MeasurementMap {
  const out = new Map<string, number>();
  for (const source of sources) for (const [metric, value] of source) out.set(metric, value);
  return out;
}
