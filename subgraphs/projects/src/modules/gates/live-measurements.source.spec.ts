import { describe, expect, it } from 'vitest';
import { InternalTokenCodec, RouteClient } from '@steward/kernel';
import { CombinedLiveMeasurementsSource, HttpAnalysisMeasurementsSource, HttpLiveMeasurementsSource } from './live-measurements.source.js';

// A projects process run alone in development may be given no URL for metrics or analysis: its
// gates then use recorded values only. In production (not optional) the same call fails closed.

const ORG = '00000000-0000-4000-8000-000000000001';
const VERSION = '00000000-0000-4000-8000-0000000000a1';
/** The route client of a process that knows where no other subgraph is. */
const nowhere = new RouteClient(new InternalTokenCodec('a secret for the live-measurements spec, long enough'), 'projects', () => undefined);

describe('live measurement sources without a URL for their subgraph', () => {
  it('give no values when optional, so recorded values decide', async () => {
    const source = new CombinedLiveMeasurementsSource([new HttpLiveMeasurementsSource(nowhere, { optional: true }), new HttpAnalysisMeasurementsSource(nowhere, { optional: true })]);
    expect((await source.measure(ORG, [VERSION])).size).toBe(0);
  });

  it('fail when not optional (production), naming the missing subgraph', async () => {
    await expect(new HttpLiveMeasurementsSource(nowhere, { optional: false }).measure(ORG, [VERSION])).rejects.toThrow(/metrics subgraph has no URL/);
    await expect(new HttpAnalysisMeasurementsSource(nowhere, { optional: false }).measure(ORG, [VERSION])).rejects.toThrow(/analysis subgraph has no URL/);
  });
});
