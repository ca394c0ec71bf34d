/** A straight line y = intercept + slope · x fitted to points x = 0, 1, …, n − 1. */
export interface LinearFit {
  slope: number;
  intercept: number;
  /** Coefficient of determination; 1 for a perfect fit, null when the series is constant. */
  rSquared: number | null;
}

/**
 * Ordinary least-squares fit of a series observed at x = 0…n−1. One point gives a flat line
 * through it; an empty series a zero line.
 */
export function fitLine(values: readonly number[]): LinearFit {
  const n = values.length;
  if (n === 0) return { slope: 0, intercept: 0, rSquared: null };
  if (n === 1) return { slope: 0, intercept: values[0]!, rSquared: null };
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, y) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  values.forEach((y, x) => {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
    syy += (y - meanY) ** 2;
  });
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  return { slope, intercept, rSquared: syy === 0 ? null : (sxy * sxy) / (sxx * syy) };
}

/** The fitted value at x, never below zero (spend cannot be negative). */
export function project(fit: LinearFit, x: number): number {
  return Math.max(0, fit.intercept + fit.slope * x);
}
