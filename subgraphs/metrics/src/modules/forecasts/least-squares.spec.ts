import { describe, expect, it } from 'vitest';
import { fitLine, project } from './least-squares.js';

describe('the least-squares line', () => {
  it('recovers an exact linear series', () => {
    const fit = fitLine([10, 12, 14, 16, 18]);
    expect(fit.slope).toBeCloseTo(2, 12);
    expect(fit.intercept).toBeCloseTo(10, 12);
    expect(fit.rSquared).toBeCloseTo(1, 12);
    expect(project(fit, 7)).toBeCloseTo(24, 12);
  });

  it('fits a noisy series by hand-computed coefficients', () => {
    // x̄ = 1.5, ȳ = 3; Sxy = (−1.5)(−2) + (−0.5)(0) + (0.5)(−1) + (1.5)(3) = 7, Sxx = 5 → slope 1.4, intercept 0.9.
    const fit = fitLine([1, 3, 2, 6]);
    expect(fit.slope).toBeCloseTo(1.4, 12);
    expect(fit.intercept).toBeCloseTo(0.9, 12);
    // Syy = 14 → r² = 7² / (5 · 14) = 0.7.
    expect(fit.rSquared).toBeCloseTo(0.7, 12);
  });

  it('never projects negative spend and handles short series', () => {
    expect(project(fitLine([10, 5, 0]), 5)).toBe(0);
    expect(fitLine([7])).toEqual({ slope: 0, intercept: 7, rSquared: null });
    expect(fitLine([])).toEqual({ slope: 0, intercept: 0, rSquared: null });
    expect(fitLine([3, 3, 3]).rSquared).toBeNull();
  });
});
