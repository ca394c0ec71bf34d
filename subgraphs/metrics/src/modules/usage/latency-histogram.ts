/**
 * Latency histograms with fixed logarithmic buckets, mergeable by element-wise addition, so
 * rollups can answer p50/p95/p99 over any set of hours or days without averaging percentiles.
 *
 * Bucket 0 holds 0 ms. Bucket i ≥ 1 starts at the i-th distinct value of ⌈γ^k⌉ (k = 0, 1, …) and
 * ends just before the next one, so every bucket spans less than a factor γ. A bucket is reported
 * as the geometric mean of its smallest and largest integer, hence the estimate of a nearest-rank
 * percentile is within a relative error of √γ − 1 of the true value (about 2.5% for γ = 1.05);
 * below 20 ms buckets hold a single integer and are exact. Latencies of an hour or more share the
 * last bucket.
 */
export const LATENCY_GAMMA = 1.05;
/** Largest latency with buckets of its own; longer ones are clamped into the last bucket. */
export const LATENCY_CEILING_MS = 3_600_000;
/** The documented error bound of a histogram percentile, relative to the true nearest-rank value. */
export const LATENCY_RELATIVE_ERROR = Math.sqrt(LATENCY_GAMMA) - 1;

function lowerBounds(): number[] {
  const bounds: number[] = [];
  for (let k = 0; ; k++) {
    const value = Math.ceil(LATENCY_GAMMA ** k);
    if (value > LATENCY_CEILING_MS) break;
    if (bounds.at(-1) !== value) bounds.push(value);
  }
  return bounds;
}

/**
 * Lower bounds of buckets 1…n in ascending order (bucket i starts at `LATENCY_BUCKET_BOUNDS[i - 1]`).
 * PostgreSQL's `width_bucket(ms, bounds)` gives the same bucket numbers, for SQL-side rollups.
 */
export const LATENCY_BUCKET_BOUNDS: readonly number[] = lowerBounds();

/** The bucket of a latency in whole milliseconds. */
export function latencyBucket(ms: number): number {
  if (!(ms >= 1)) return 0;
  // Largest i with bounds[i - 1] <= ms (binary search).
  let low = 0;
  let high = LATENCY_BUCKET_BOUNDS.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (LATENCY_BUCKET_BOUNDS[middle - 1]! <= ms) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The value reported for a bucket: exact for one-integer buckets, else the geometric mean of its ends. */
export function bucketValue(bucket: number): number {
  if (bucket <= 0) return 0;
  const lo = LATENCY_BUCKET_BOUNDS[bucket - 1]!;
  const next = LATENCY_BUCKET_BOUNDS[bucket];
  if (next === undefined) return lo;
  const hi = next - 1;
  return lo === hi ? lo : Math.sqrt(lo * hi);
}

/** Adds one latency to a dense histogram (grown as needed). */
export function addLatency(histogram: number[], ms: number): void {
  const bucket = latencyBucket(ms);
  while (histogram.length <= bucket) histogram.push(0);
  histogram[bucket]! += 1;
}

/**
 * A histogram as ingest builds it: counts by bucket, only of the buckets used. A rollup row of one
 * call holds a few latencies, and growing a dense array to its last bucket meant pushing a hundred-odd
 * zeros per row (most of the time ingest spent building rollup deltas).
 */
export type SparseHistogram = Map<number, number>;

/** Counts `count` latencies of one bucket (see {@link latencyBucket}) in a sparse histogram. */
export function countBucket(histogram: SparseHistogram, bucket: number, count = 1): void {
  histogram.set(bucket, (histogram.get(bucket) ?? 0) + count);
}

/** Adds a sparse histogram into another. */
export function addSparse(target: SparseHistogram, histogram: SparseHistogram): void {
  for (const [bucket, count] of histogram) countBucket(target, bucket, count);
}

/** The dense form rollups store, exactly as {@link addLatency} builds it: up to the last bucket used. */
export function denseHistogram(histogram: SparseHistogram): number[] {
  let length = 0;
  for (const bucket of histogram.keys()) if (bucket >= length) length = bucket + 1;
  const dense = new Array<number>(length).fill(0);
  for (const [bucket, count] of histogram) dense[bucket] = count;
  return dense;
}

/**
 * The nearest-rank `q`-quantile (0 < q ≤ 1) of the latencies counted in a histogram, or null when
 * it is empty. Counts may arrive as strings or bigints from the database.
 */
export function histogramQuantile(histogram: readonly (number | string | bigint)[], q: number): number | null {
  const counts = histogram.map(Number);
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let bucket = 0; bucket < counts.length; bucket++) {
    seen += counts[bucket]!;
    if (seen >= rank) return bucketValue(bucket);
  }
  return bucketValue(counts.length - 1);
}
