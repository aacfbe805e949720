/**
 * The shocks the kernel actually generates, read back from simulated paths: the realised log growth
 * residual of sector s in year t is sigma(s) e(s, t). Their sample correlation across sectors must match
 * the requested matrix, their lag-1 autocorrelation the persistence, their variance 1.
 */
import { describe, it, expect } from 'vitest';
import { compileMonteCarlo, simulateBlocks, SECTORS, type McModel } from '../../engine/index';
import { samplePlan, sampleScenario } from './support/fixtures';
import { correlation } from './support/stats';

const paths = 60_000;
const sigma = { primary: 0.05, secondary: 0.08, tertiary: 0.06 };

/** e(s, t) for every path, from samples of real value added in years t - 1 and t. */
function shocks(correlationMatrix: number[][], persistence: number, years: number[]): Record<string, Float64Array[]> {
  const scenario = sampleScenario({ realGrowthVolatility: sigma, correlation: correlationMatrix, persistence });
  const samples = SECTORS.flatMap((s) => years.flatMap((y) => [{ series: `valueAddedReal.${s}`, year: y }]));
  const setup = compileMonteCarlo(samplePlan, scenario, { paths, series: [], samples });
  const part = simulateBlocks(setup.model as McModel, { firstBlock: 0, blockCount: Math.ceil(paths / 4096), totalPaths: paths });
  const det = setup.projection.series.valueAddedReal;
  const out: Record<string, Float64Array[]> = {};
  SECTORS.forEach((s, k) => {
    out[s] = years.slice(1).map((y, i) => {
      const prev = part.samples[k * years.length + i];
      const cur = part.samples[k * years.length + i + 1];
      const planned = Math.log(det[s][y - 2020] / det[s][y - 2021]);
      return Float64Array.from(cur, (v, j) => (Math.log(v / prev[j]) - planned) / sigma[s]);
    });
  });
  return out;
}

describe('generated shocks', () => {
  const c = [[1, 0.3, 0.2], [0.3, 1, 0.6], [0.2, 0.6, 1]];
  const e = shocks(c, 0.5, [2024, 2025, 2026]);

  it('have the requested correlation between sectors (within 0.02)', () => {
    // Float32 samples limit each residual to about 1e-6 / sigma; the sampling error of a correlation
    // from 60,000 paths is at most 1 / sqrt(60000) = 0.004.
    SECTORS.forEach((a, i) => SECTORS.forEach((b, j) => {
      if (i < j) expect(correlation(e[a][0], e[b][0])).toBeCloseTo(c[i][j], 1.6);
    }));
  });

  it('have unit variance and lag-1 autocorrelation equal to the persistence', () => {
    for (const s of SECTORS) {
      const x = e[s][0];
      const variance = x.reduce((acc, v) => acc + v * v, 0) / x.length;
      expect(Math.abs(variance - 1)).toBeLessThan(0.03);
      expect(Math.abs(correlation(e[s][0], e[s][1]) - 0.5)).toBeLessThan(0.02);
    }
  });

  it('are identical across sectors when the correlation is all ones', () => {
    const ones = shocks([[1, 1, 1], [1, 1, 1], [1, 1, 1]], 0, [2024, 2025]);
    for (const s of SECTORS) expect(correlation(ones.primary[0], ones[s][0])).toBeGreaterThan(0.9999);
  });
});
