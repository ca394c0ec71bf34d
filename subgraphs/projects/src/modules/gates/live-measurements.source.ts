import type { RouteClient } from '@steward/kernel';
import { ANALYSIS_GATE_METRICS, analysisMeasurementsRoute } from '@steward/analysis/routes';
import { liveMeasurementsRoute } from '@steward/metrics/routes';
import type { MeasurementMap } from './gate-evaluator.js';

/**
 * The baseline metrics the metrics subgraph measures live, each with the `LiveMeasurements` field it
 * comes from. A baseline on one of these metrics evaluates the live value; where metrics has none
 * (no usage recorded yet), the value recorded with `recordVersionMeasurements` counts.
 */
export const LIVE_METRIC_FIELDS = {
  error_rate: 'errorRate',
  p95_latency_ms: 'p95LatencyMs',
  cost_per_request: 'costPerRequestUsd',
} as const;

/**
 * The baseline metrics the analysis subgraph measures (the version's latest finished analysis), each
 * with the `AnalysisMeasurements` field it comes from (analysis declares the mapping). Live as
 * metrics' are: where analysis has no value (no finished analysis, or one that did not measure it),
 * the recorded value counts.
 */
export const ANALYSIS_METRIC_FIELDS = ANALYSIS_GATE_METRICS;

/** Values by field name, as a subgraph sends the fields of `Fields` (a field may be missing or null). */
type FieldValues<Fields extends Record<string, string>> = { [F in Fields[keyof Fields]]?: number | null };

/** The live values of one version, as metrics sends them (through `@requires` or its internal route). */
export type LiveValues = FieldValues<typeof LIVE_METRIC_FIELDS>;
/** The values of one version, as analysis sends them (through `@requires` or its internal route). */
export type AnalysisValues = FieldValues<typeof ANALYSIS_METRIC_FIELDS>;

/** `values` as the evaluator's measurement map under the metric names of `fields`; a missing, null or non-finite value is left out, so the recorded one counts. */
function measurementMapOf(fields: Readonly<Record<string, string>>, values: Readonly<Record<string, number | null | undefined>> | null | undefined): MeasurementMap {
  const out = new Map<string, number>();
  if (!values) return out;
  for (const [metric, field] of Object.entries(fields)) {
    const value = values[field];
    if (typeof value === 'number' && Number.isFinite(value)) out.set(metric, value);
  }
  return out;
}

/** Metrics' live values as the evaluator's measurement map; a missing or null value is left out, so the recorded one counts. */
export function liveMeasurementMap(values: LiveValues | null | undefined): MeasurementMap {
  return measurementMapOf(LIVE_METRIC_FIELDS, values);
}

/** Analysis's values as the evaluator's measurement map; a missing or null value is left out, so the recorded one counts. */
export function analysisMeasurementMap(values: AnalysisValues | null | undefined): MeasurementMap {
  return measurementMapOf(ANALYSIS_METRIC_FIELDS, values);
}

/** Finding counts by severity. */
export interface SeverityCounts {
  critical: number;
  major: number;
  minor: number;
  info: number;
}

/** The findings of a version's latest finished analysis not ignored now: all of them (open) and those new against production. */
export interface FindingCounts {
  open: SeverityCounts;
  new: SeverityCounts;
}

/** What the live sources know of one version: gate values by metric and, when analysis finished one, its findings. */
export interface LiveReading {
  values: MeasurementMap;
  findings: FindingCounts | null;
}

/** A version nothing is known of live: the recorded values decide, and policy gets no findings. */
export const NO_READING: LiveReading = { values: new Map(), findings: null };

/** Where a mutation (which cannot use `@requires`) and a comparison get versions' live values. */
export interface LiveMeasurementsSource {
  /** Live readings by version id, for versions of one organization; a version a source knows nothing of may be left out. */
  measure(organizationId: string, versionIds: readonly string[]): Promise<Map<string, LiveReading>>;
}

/** No live values: the gate uses recorded values only (a development setup without metrics or analysis). */
export const NO_LIVE_MEASUREMENTS: LiveMeasurementsSource = {
  measure: async () => new Map(),
};

/**
 * Asks the metrics subgraph ({@link liveMeasurementsRoute}) as the projects service. A failure
 * throws: a promotion must not decide without the values its gate shows. With `optional` (a
 * development setup), a process given no URL for metrics gets no values, so gates use recorded
 * values only; one given a URL still fails closed.
 */
export class HttpLiveMeasurementsSource implements LiveMeasurementsSource {
  constructor(
    private readonly routes: RouteClient,
    private readonly options: { optional: boolean } = { optional: false },
  ) {}

  async measure(organizationId: string, versionIds: readonly string[]): Promise<Map<string, LiveReading>> {
    if (versionIds.length === 0) return new Map();
    if (this.options.optional && !this.routes.locates(liveMeasurementsRoute.owner)) return new Map();
    const { versions } = await this.routes.call(liveMeasurementsRoute, { organizationId, versionId: [...new Set(versionIds)] });
    return new Map(versions.map((entry) => [entry.versionId, { values: liveMeasurementMap(entry), findings: null }]));
  }
}

/**
 * Asks the analysis subgraph ({@link analysisMeasurementsRoute}) as the projects service: the values
 * and findings of each version's latest finished analysis. A failure throws, as for metrics. With
 * `optional` (a development setup), a process that was given no URL for analysis gets no values
 * instead, as {@link NO_LIVE_MEASUREMENTS} would give; one that was given a URL still fails closed.
 */
export class HttpAnalysisMeasurementsSource implements LiveMeasurementsSource {
  constructor(
    private readonly routes: RouteClient,
    private readonly options: { optional: boolean },
  ) {}

  async measure(organizationId: string, versionIds: readonly string[]): Promise<Map<string, LiveReading>> {
    if (versionIds.length === 0) return new Map();
    if (this.options.optional && !this.routes.locates(analysisMeasurementsRoute.owner)) return new Map();
    const { versions } = await this.routes.call(analysisMeasurementsRoute, { organizationId, versionIds: [...new Set(versionIds)] });
    return new Map(versions.map((entry) => [entry.versionId, { values: analysisMeasurementMap(entry), findings: entry.findings }]));
  }
}

/**
 * Several live sources as one (metrics and analysis): asked in parallel, their readings merged
 * version by version. Their metrics do not overlap; findings come from whichever source has them.
 * If one source fails the whole answer fails, so a promotion never decides on half its gate.
 */
export class CombinedLiveMeasurementsSource implements LiveMeasurementsSource {
  constructor(private readonly sources: readonly LiveMeasurementsSource[]) {}

  async measure(organizationId: string, versionIds: readonly string[]): Promise<Map<string, LiveReading>> {
    const answers = await Promise.all(this.sources.map((source) => source.measure(organizationId, versionIds)));
    const out = new Map<string, LiveReading>();
    for (const answer of answers) {
      for (const [versionId, reading] of answer) {
        const before = out.get(versionId) ?? NO_READING;
        out.set(versionId, { values: new Map([...before.values, ...reading.values]), findings: reading.findings ?? before.findings });
      }
    }
    return out;
  }
}
