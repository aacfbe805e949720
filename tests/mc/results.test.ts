/**
 * The summary's shape: quantiles ordered, histograms that account for every path, probabilities with
 * their Wilson intervals.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compileMonteCarlo, estimateProbability, runMonteCarlo, simulateBlocks } from '../../engine/index';
import { builtin, defaultPlan, fcRuns } from './support/fixtures';

const execute = async (m: Parameters<typeof simulateBlocks>[0], r: Parameters<typeof simulateBlocks>[1]) => [simulateBlocks(m, r)];

describe('Monte Carlo results', () => {
  it('quantiles are ordered by level in every year of every series', async () => {
    const r = await runMonteCarlo(compileMonteCarlo(defaultPlan, builtin('historical-trend'), { paths: 20_000 }), execute);
    for (const [series, byLevel] of Object.entries(r.quantiles)) {
      const levels = r.quantileLevels.map(String);
      r.years.forEach((_, t) => {
        for (let k = 1; k < levels.length; k++) expect(byLevel[levels[k]][t], `${series}[${t}]`).toBeGreaterThanOrEqual(byLevel[levels[k - 1]][t]);
      });
    }
    expect(Object.keys(r.quantiles)).toContain('shares.tertiary');
    expect(r.quantiles.gdpNominal['0.05']).toHaveLength(r.years.length);
  });

  it('histograms count every path, with increasing edges', async () => {
    const histograms = [{ series: 'gdpNominal', year: 2025 }, { series: 'realGrowth', year: 2030, bins: 12 }, { series: 'energyIntensityIndex', year: 2025 }];
    const r = await runMonteCarlo(compileMonteCarlo(defaultPlan, builtin('historical-trend'), { paths: 30_000, histograms }), execute);
    for (const h of r.histograms) {
      expect(h.counts.reduce((a, b) => a + b, 0) + h.below + h.above).toBe(r.paths);
      expect(h.edges).toHaveLength(h.counts.length + 1);
      for (let k = 1; k < h.edges.length; k++) expect(h.edges[k]).toBeGreaterThanOrEqual(h.edges[k - 1]);
    }
    expect(r.histograms[0].counts).toHaveLength(40);
    expect(r.histograms[1].counts).toHaveLength(12);
  });

  it('a Wilson interval lies in [0, 1] and contains the estimate; the standard error is sqrt(p (1 - p) / n)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))), ([k, n]) => {
      const e = estimateProbability(k, n);
      expect(e.interval.lower).toBeGreaterThanOrEqual(0);
      expect(e.interval.upper).toBeLessThanOrEqual(1);
      expect(e.interval.lower).toBeLessThanOrEqual(e.probability + 1e-15);
      expect(e.interval.upper).toBeGreaterThanOrEqual(e.probability - 1e-15);
      expect(e.standardError).toBeCloseTo(Math.sqrt((e.probability * (1 - e.probability)) / n), 15);
    }), fcRuns(300));
  });

  it('Wilson interval of 30 of 100 matches the textbook value', () => {
    // Wilson (1927) score interval, z = 1.959964: [0.2189, 0.3958] (also R: prop.test(30, 100, correct = FALSE)$conf.int).
    const e = estimateProbability(30, 100);
    expect(e.interval.lower).toBeCloseTo(0.2189, 4);
    expect(e.interval.upper).toBeCloseTo(0.3958, 4);
  });
});
