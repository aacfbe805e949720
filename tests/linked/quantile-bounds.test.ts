/**
 * Quantiles of the Monte Carlo never leave the range of the values drawn: interpolation inside a
 * histogram bin is clipped to the exact minimum and maximum (a share's percentile never passes 1).
 * The draws themselves are read back as per-path samples of the same series and year.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMonteCarlo, runMonteCarlo, simulateBlocks, type SeriesYear } from '../../engine/index';
import { fcRuns, samplePlan, sampleScenario, uncertaintyArb } from '../mc/support/fixtures';

const execute = async (m: Parameters<typeof simulateBlocks>[0], r: Parameters<typeof simulateBlocks>[1]) => [simulateBlocks(m, r)];
const QUANTILES = [0.0001, 0.01, 0.05, 0.5, 0.95, 0.99, 0.9999];

async function check(scenario: ReturnType<typeof sampleScenario>, series: string[], years: number[], paths: number, seed: number) {
  const samples: SeriesYear[] = series.flatMap((s) => years.map((year) => ({ series: s, year })));
  const r = await runMonteCarlo(compileMonteCarlo(samplePlan, scenario, { paths, seed, series, samples, quantiles: QUANTILES }), execute);
  for (const s of r.samples) {
    const t = r.years.indexOf(s.year);
    let min = Infinity, max = -Infinity;
    for (const v of s.values) { if (v < min) min = v; if (v > max) max = v; }
    for (const q of QUANTILES) {
      const x = r.quantiles[s.series][String(q)][t];
      expect(Number.isFinite(x), `${s.series}@${s.year} q${q}`).toBe(true);
      // Samples are stored as float32: allow their rounding (relative 1e-6).
      expect(x, `${s.series}@${s.year} q${q}`).toBeGreaterThanOrEqual(min - 1e-6 * Math.abs(min));
      expect(x, `${s.series}@${s.year} q${q}`).toBeLessThanOrEqual(max + 1e-6 * Math.abs(max));
    }
  }
  return r;
}

describe('quantiles lie within [min, max] of the draws', () => {
  it('shares with secondary and tertiary volatility 0.5, persistence 0.9, correlation -0.9: p95 never passes 1', async () => {
    const scenario = sampleScenario({ realGrowthVolatility: { primary: 0.05, secondary: 0.5, tertiary: 0.5 }, persistence: 0.9, correlation: [[1, 0, 0], [0, 1, -0.9], [0, -0.9, 1]] });
    const r = await check(scenario, ['shares.secondary', 'shares.tertiary'], [2025, 2028, 2030], 8192, 7);
    for (let t = r.years.indexOf(2025); t < r.years.length; t++) expect(r.quantiles['shares.secondary']['0.95'][t]).toBeLessThanOrEqual(1);
  });

  it('property: any uncertainty block, any seed', async () => {
    await fc.assert(
      fc.asyncProperty(uncertaintyArb, fc.nat({ max: 0xffffffff }), async (u, seed) => {
        await check(sampleScenario(u), ['shares.secondary', 'gdpNominal', 'population'], [2021, 2025, 2030], 4096, seed);
      }),
      fcRuns(15),
    );
  }, 60_000);
});
