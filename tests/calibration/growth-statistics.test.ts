/**
 * Growth statistics against hand calculations written here: mean, standard deviation, the lag-1
 * autocorrelation and its bias correction, and the standard-error formulas.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { estimateGrowth, lagOneAutocorrelation, MIN_OBSERVATIONS, varianceBiasFactor } from '../../engine/index';
import { fcParams } from '../arbitraries/scenario';

describe('estimateGrowth', () => {
  it('lag-1 autocorrelation of 1, 2, 3, 4 is 1.25 / 5 = 0.25', () => {
    // Deviations from 2.5: -1.5, -0.5, 0.5, 1.5; products of neighbours 0.75 - 0.25 + 0.75 = 1.25; squares 5.
    expect(lagOneAutocorrelation([1, 2, 3, 4])).toBeCloseTo(0.25, 15);
  });

  it('an alternating series 0.04, 0.08, ... (n = 10): mean 0.06, sd 0.0210819, r1 = -0.9, rho = (10 x -0.9 + 1) / 7', () => {
    const xs = Array.from({ length: 10 }, (_, t) => (t % 2 === 0 ? 0.04 : 0.08));
    const e = estimateGrowth(xs);
    // sd: deviations +-0.02, sum of squares 10 x 0.0004 = 0.004, / 9 -> sqrt = 0.02108185.
    expect(e.trendLog.value).toBeCloseTo(0.06, 15);
    expect(e.trend.value).toBeCloseTo(Math.exp(0.06) - 1, 15);
    // r1: 9 neighbour products of -0.0004 over 0.004 = -0.9; bias-corrected (n r1 + 1) / (n - 3) = -8 / 7 -> kept above -1.
    expect(e.persistence.value).toBeCloseTo(-0.999999, 12);
    // Persistence in the corrections and standard errors is clamped to -0.95:
    //   c = 1 - 2/9 x sum_{k=1..9} (1 - k/10)(-0.95)^k;  sigma = s / sqrt(c);  se(mu) = sigma / sqrt(10) x sqrt(0.05 / 1.95).
    let sum = 0;
    for (let k = 1; k <= 9; k++) sum += (1 - k / 10) * Math.pow(-0.95, k);
    const sigma = Math.sqrt(0.004 / 9) / Math.sqrt(1 - (2 / 9) * sum);
    expect(e.volatility.value).toBeCloseTo(sigma, 15);
    expect(e.trendLog.standardError).toBeCloseTo((sigma / Math.sqrt(10)) * Math.sqrt(0.05 / 1.95), 15);
    expect(e.persistence.standardError).toBeCloseTo(Math.sqrt((1 - 0.95 ** 2) / 10), 15);
  });

  it('flags estimates that rest on too few observations, and computes nothing from nothing', () => {
    const few = estimateGrowth([0.05, 0.06, 0.07]);
    expect([few.trend.tooFew, few.volatility.tooFew, few.persistence.tooFew]).toEqual([true, true, true]);
    expect(few.persistence.value).toBeNull();
    expect(estimateGrowth([]).trend.value).toBeNull();
    const enough = estimateGrowth(Array.from({ length: MIN_OBSERVATIONS.persistence }, (_, t) => 0.05 + 0.01 * Math.sin(t)));
    expect([enough.trend.tooFew, enough.volatility.tooFew, enough.persistence.tooFew]).toEqual([false, false, false]);
  });

  it('without persistence the variance needs no correction: c(0, n) = 1; with rho = 0.5 and n = 3, c = 1 - (2/3 x 0.5 + 1/3 x 0.25) = 7/12', () => {
    expect(varianceBiasFactor(0, 25)).toBe(1);
    expect(varianceBiasFactor(0.5, 3)).toBeCloseTo(1 - (2 / 2) * ((2 / 3) * 0.5 + (1 / 3) * 0.25), 15);
  });

  it('a constant series has its growth as trend, zero volatility and finite standard errors (property)', () => {
    fc.assert(fc.property(fc.double({ min: -0.5, max: 0.5, noNaN: true }), fc.integer({ min: 4, max: 60 }), (x, n) => {
      const e = estimateGrowth(new Array(n).fill(x));
      expect(e.trendLog.value).toBeCloseTo(x, 14);
      expect(e.volatility.value).toBeCloseTo(0, 14);
      expect(Number.isFinite(e.trend.standardError!)).toBe(true);
    }), fcParams());
  });
});
