/**
 * A case with a closed form. Equal growth g and volatility sigma in every sector, correlation all ones,
 * no persistence, no price or population shocks: every sector gets the same shock, so nominal GDP is
 * exactly log-normal,
 *
 *   ln GDP(T) ~ N(ln GDP0 + T ln(1 + g), sigma^2 T),   P(GDP(T) >= X) = 1 - Phi((ln(X / GDP0) - T ln(1 + g)) / (sigma sqrt(T))).
 *
 * The Monte Carlo must agree within 4 standard errors, for the probability, every quantile and the mean.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compileMonteCarlo, runMonteCarlo, simulateBlocks } from '../../engine/index';
import { fcRuns, samplePlan, sampleScenario } from './support/fixtures';
import { normalCdf, normalQuantile } from './support/stats';

const GDP0 = 200; // the sample plan's base GDP, 亿元
const TARGET = 300; // its 2025 target, 亿元

function lognormalCase(g: number, sigma: number) {
  return sampleScenario(
    { realGrowthVolatility: sigma, correlation: [[1, 1, 1], [1, 1, 1], [1, 1, 1]], persistence: 0 },
    { endYear: 2027, assumptions: { realGrowth: g, deflator: 0, population: { growth: 0.01 }, energyIntensityChange: -0.03, co2IntensityChange: -0.04 } },
  );
}

const runIt = (g: number, sigma: number, seed: number, paths: number) =>
  runMonteCarlo(compileMonteCarlo(samplePlan, lognormalCase(g, sigma), { paths, seed, series: ['gdpNominal'] }), async (m, r) => [simulateBlocks(m, r)]);

describe('closed form: log-normal GDP', () => {
  it('P(GDP(2025) >= 300) agrees with 1 - Phi(...) within 4 standard errors', async () => {
    await fc.assert(fc.asyncProperty(fc.double({ min: 0.02, max: 0.12, noNaN: true }), fc.double({ min: 0.03, max: 0.2, noNaN: true }), fc.nat({ max: 0xffffffff }), async (g, sigma, seed) => {
      const T = 5;
      const exact = 1 - normalCdf((Math.log(TARGET / GDP0) - T * Math.log(1 + g)) / (sigma * Math.sqrt(T)));
      const n = 40_000;
      const r = await runIt(g, sigma, seed, n);
      const p = r.targets.find((t) => t.id === 'gdpNominal')!;
      const se = Math.sqrt((exact * (1 - exact)) / n);
      expect(Math.abs(p.probability - exact)).toBeLessThanOrEqual(4 * se + 1e-12);
    }), fcRuns(6));
  });

  it('every quantile of every year agrees with GDP0 (1 + g)^T exp(sigma sqrt(T) z_p) within 4 standard errors', async () => {
    const g = 0.06, sigma = 0.1, n = 100_000;
    const r = await runIt(g, sigma, 7, n);
    for (const p of r.quantileLevels) {
      const z = normalQuantile(p);
      r.years.forEach((year, T) => {
        if (T === 0) return;
        const s = sigma * Math.sqrt(T);
        const exact = GDP0 * (1 + g) ** T * Math.exp(s * z);
        // Standard error of an empirical quantile: sqrt(p (1 - p) / n) / density at the quantile.
        const density = Math.exp(-z * z / 2) / (Math.sqrt(2 * Math.PI) * s * exact);
        const se = Math.sqrt((p * (1 - p)) / n) / density;
        expect(Math.abs(r.quantiles.gdpNominal[String(p)][T] - exact), `year ${year}, p ${p}`).toBeLessThan(4 * se);
      });
    }
  });

  it('the mean agrees with GDP0 (1 + g)^T exp(sigma^2 T / 2) within 4 standard errors', async () => {
    const g = 0.06, sigma = 0.1, n = 100_000;
    const r = await runIt(g, sigma, 11, n);
    r.years.forEach((_, T) => {
      const median = GDP0 * (1 + g) ** T;
      const mean = median * Math.exp((sigma * sigma * T) / 2);
      const sd = median * Math.sqrt(Math.exp(sigma * sigma * T) * (Math.exp(sigma * sigma * T) - 1));
      expect(Math.abs(r.mean.gdpNominal[T] - mean)).toBeLessThanOrEqual(4 * (sd / Math.sqrt(n)) + 1e-9);
    });
  });

  it('with zero volatility every quantile and the mean equal the deterministic path', async () => {
    const r = await runIt(0.06, 0, 3, 5000);
    for (const p of r.quantileLevels) r.years.forEach((_, T) => expect(r.quantiles.gdpNominal[String(p)][T]).toBe(r.deterministic.gdpNominal[T]));
    r.years.forEach((_, T) => expect(r.mean.gdpNominal[T]).toBe(r.deterministic.gdpNominal[T]));
  });
});
