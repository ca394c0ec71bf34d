import type { RouteClient } from '@steward/kernel';
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

/** The live values of one version, as metrics sends them (through `@requires` or its internal route). */
export type LiveValues = { [F in (typeof LIVE_METRIC_FIELDS)[keyof typeof LIVE_METRIC_FIELDS]]?: number | null };

/** Live values as the evaluator's measurement map; a missing or null value is left out, so the recorded one counts. */
export function liveMeasurementMap(values: LiveValues | null | undefined): MeasurementMap {
  const out = new Map<string, number>();
  if (!values) return out;
  for (const [metric, field] of Object.entries(LIVE_METRIC_FIELDS)) {
    const value = values[field];
    if (typeof value === 'number' && Number.isFinite(value)) out.set(metric, value);
  }
  return out;
}

/** Where a mutation (which cannot use `@requires`) and a comparison get versions' live values. */
export interface LiveMeasurementsSource {
  /** Live values by version id, for versions of one organization. */
  measure(organizationId: string, versionIds: readonly string[]): Promise<Map<string, MeasurementMap>>;
}

/** No live values: the gate uses recorded values only (a development setup without metrics). */
export const NO_LIVE_MEASUREMENTS: LiveMeasurementsSource = {
  measure: async () => new Map(),
};

/**
 * Asks the metrics subgraph ({@link liveMeasurementsRoute}) as the projects service. A failure
 * throws: a promotion must not decide without the values its gate shows.
 */
export class HttpLiveMeasurementsSource implements LiveMeasurementsSource {
  constructor(private readonly routes: RouteClient) {}

  async measure(organizationId: string, versionIds: readonly string[]): Promise<Map<string, MeasurementMap>> {
    if (versionIds.length === 0) return new Map();
    const { versions } = await this.routes.call(liveMeasurementsRoute, { organizationId, versionId: [...new Set(versionIds)] });
    return new Map(versions.map((entry) => [entry.versionId, liveMeasurementMap(entry)]));
  }
}
