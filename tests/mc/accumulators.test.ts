/**
 * The streaming accumulators against the paths themselves (kept as samples): histogram quantiles
 * against exact quantiles, means against sample means, probabilities against counts.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compileMonteCarlo, meets, runMonteCarlo, simulateBlocks, type McResult, type McSetup } from '../../engine/index';
import { builtin, defaultPlan, fcRuns, uncertaintyArb } from './support/fixtures';
import { exactQuantile } from './support/stats';

const execute = async (m: Parameters<typeof simulateBlocks>[0], r: Parameters<typeof simulateBlocks>[1]) => [simulateBlocks(m, r)];

async function runWithSamples(paths: number, seed: number, unc = builtin('historical-trend').uncertainty!): Promise<{ setup: McSetup; result: McResult }> {
  const scenario = { ...builtin('historical-trend'), uncertainty: unc };
  const samples = [
    { series: 'gdpNominal', year: 2025 }, { series: 'shares.tertiary', year: 2025 }, { series: 'population', year: 2025 },
    { series: 'gdpNominal', year: 2035 }, { series: 'realGrowth', year: 2030 }, { series: 'gdpPerCapita', year: 2030 },
  ];
  const setup = compileMonteCarlo(defaultPlan, scenario, { paths, seed, samples });
  return { setup, result: await runMonteCarlo(setup, execute) };
}

describe('streaming accumulators', () => {
  it('histogram quantiles are within 0.25 Monte Carlo standard errors of the exact quantiles', async () => {
    const { result } = await runWithSamples(200_000, 42);
    for (const { series, year, values } of result.samples) {
      const t = year - 2020;
      const sorted = Float64Array.from(values).sort();
      for (const p of result.quantileLevels) {
        const exact = exactQuantile(sorted, p);
        // MC standard error of the quantile: sqrt(p (1 - p) / n) / density, the density estimated
        // from the spacing of the order statistics around the quantile.
        const n = sorted.length, h = Math.ceil(0.01 * n);
        const i = Math.ceil(p * n) - 1;
        const density = (2 * h) / n / (sorted[Math.min(n - 1, i + h)] - sorted[Math.max(0, i - h)]);
        const se = Math.sqrt((p * (1 - p)) / n) / density;
        expect(Math.abs(result.quantiles[series][String(p)][t] - exact), `${series}@${year} p=${p}`).toBeLessThan(0.25 * se + 1e-6 * Math.abs(exact));
      }
    }
  });

  it('means equal the means of the kept paths (float32 samples: 1e-6 relative)', async () => {
    await fc.assert(fc.asyncProperty(uncertaintyArb, fc.nat({ max: 0xffffffff }), async (unc, seed) => {
      const { result } = await runWithSamples(9000, seed, unc);
      for (const { series, year, values } of result.samples) {
        const mean = values.reduce((s, v) => s + v, 0) / values.length;
        expect(Math.abs(result.mean[series][year - 2020] - mean)).toBeLessThanOrEqual(1e-6 * Math.abs(mean) + 1e-12);
      }
    }), fcRuns(15));
  });

  it('target and joint probabilities equal the counts of kept paths that meet them', async () => {
    await fc.assert(fc.asyncProperty(uncertaintyArb, fc.nat({ max: 0xffffffff }), async (unc, seed) => {
      const { result } = await runWithSamples(9000, seed, unc);
      // The default joint set of the Wuhan plan: GDP, services share and population in 2025, all kept as samples.
      const metByPath = result.joint.ids.map((id) => {
        const t = result.targets.find((x) => x.id === id)!;
        const ind = defaultPlan.indicators.find((i) => i.id === id)!;
        const values = result.samples.find((s) => s.series === ind.model!.series && s.year === t.year)!.values;
        const met = Array.from(values, (v) => meets(v * ind.model!.scale, t.comparator, t.target, t.min, t.max));
        // Samples are float32: a path within float32 rounding of the threshold may be judged otherwise.
        expect(Math.abs(met.filter(Boolean).length / values.length - t.probability)).toBeLessThanOrEqual(2 / values.length);
        return met;
      });
      const joint = metByPath[0].filter((_, j) => metByPath.every((m) => m[j])).length;
      expect(Math.abs(joint / result.paths - result.jointProbability)).toBeLessThanOrEqual(2 / result.paths);
    }), fcRuns(15));
  });

  it('the default joint set is every 2025 target of the plan itself that the model computes', async () => {
    const { result } = await runWithSamples(4096, 1);
    expect(result.joint.ids.sort()).toEqual(['gdpNominal', 'population', 'servicesShareOfGdp']);
  });
});
