import { describe, expect, it } from 'vitest';
import {
  LATENCY_BUCKET_BOUNDS,
  LATENCY_RELATIVE_ERROR,
  addLatency,
  addSparse,
  bucketValue,
  countBucket,
  denseHistogram,
  histogramQuantile,
  latencyBucket,
  type SparseHistogram,
} from './latency-histogram.js';

function nearestRank(sorted: number[], q: number): number {
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]!;
}

describe('the latency histogram', () => {
  it('keeps small latencies exact and grows buckets by less than the factor gamma', () => {
    for (let ms = 0; ms <= 20; ms++) expect(bucketValue(latencyBucket(ms))).toBe(ms);
    for (let i = 1; i < LATENCY_BUCKET_BOUNDS.length; i++) {
      const lo = LATENCY_BUCKET_BOUNDS[i - 1]!;
      const hi = LATENCY_BUCKET_BOUNDS[i]! - 1;
      expect(hi).toBeGreaterThanOrEqual(lo);
      expect(hi / lo).toBeLessThan(1.05);
    }
  });

  it('places every latency in the bucket whose range holds it', () => {
    for (const ms of [1, 2, 19, 20, 21, 99, 100, 101, 1234, 59_999, 3_599_999]) {
      const bucket = latencyBucket(ms);
      expect(LATENCY_BUCKET_BOUNDS[bucket - 1]!).toBeLessThanOrEqual(ms);
      if (bucket < LATENCY_BUCKET_BOUNDS.length) expect(LATENCY_BUCKET_BOUNDS[bucket]!).toBeGreaterThan(ms);
    }
    expect(latencyBucket(10 * 3_600_000)).toBe(LATENCY_BUCKET_BOUNDS.length);
  });

  it('estimates nearest-rank percentiles within the documented relative error', () => {
    const samples = Array.from({ length: 5000 }, (_, i) => Math.round(50 + ((i * 7919) % 5000) * 3.7 + (i % 13) * 11));
    const histogram: number[] = [];
    for (const ms of samples) addLatency(histogram, ms);
    const sorted = [...samples].sort((a, b) => a - b);
    for (const q of [0.5, 0.95, 0.99]) {
      const truth = nearestRank(sorted, q);
      const estimate = histogramQuantile(histogram, q)!;
      expect(Math.abs(estimate - truth) / truth).toBeLessThanOrEqual(LATENCY_RELATIVE_ERROR);
    }
    expect(LATENCY_RELATIVE_ERROR).toBeCloseTo(0.0247, 3);
  });

  it('merges by adding counts, which gives the same percentiles as one histogram of all samples', () => {
    const a: number[] = [];
    const b: number[] = [];
    const all: number[] = [];
    for (let i = 0; i < 300; i++) {
      addLatency(i % 2 ? a : b, 100 + i * 10);
      addLatency(all, 100 + i * 10);
    }
    const merged = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
    expect(histogramQuantile(merged, 0.95)).toBe(histogramQuantile(all, 0.95));
  });

  it('answers null for an empty histogram and reads database counts', () => {
    expect(histogramQuantile([], 0.5)).toBeNull();
    expect(histogramQuantile(['0', '2', '1'], 0.5)).toBe(1);
    expect(histogramQuantile([0n, 2n, 1n], 1)).toBe(2);
  });

  it('builds, from sparse counts, the same dense histogram as adding the latencies one by one', () => {
    const latencies = [0, 3, 150, 151, 2200, 9000, 151, 40_000, 10 * 3_600_000];
    const dense: number[] = [];
    const sparse: SparseHistogram = new Map();
    const halves: SparseHistogram[] = [new Map(), new Map()];
    latencies.forEach((ms, i) => {
      addLatency(dense, ms);
      countBucket(sparse, latencyBucket(ms));
      countBucket(halves[i % 2]!, latencyBucket(ms));
    });
    expect(denseHistogram(sparse)).toEqual(dense);
    addSparse(halves[0]!, halves[1]!);
    expect(denseHistogram(halves[0]!)).toEqual(dense);
    expect(denseHistogram(new Map())).toEqual([]);
  });
});
