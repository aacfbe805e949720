/**
 * How series are read from paths (series-catalogue.ts): series classed as deterministic really do
 * not move with the shocks, and each derived series is its stated affine function of its primitive.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { PRIMITIVES, expandAssumptions, project, projectYearly, resolveScenario, seriesAt, seriesCatalogue, SECTORS, type Projection } from '../../engine/index';
import { defaultPlan, fcRuns } from './support/fixtures';

// The historical trend as a schema-1 file (exogenous energy and CO2 intensity paths); the structural
// modes' catalogue is tested in tests/linked/mc-energy.test.ts.
const base = resolveScenario(JSON.parse(readFileSync(new URL('../linked/golden/v1-historical-trend.json', import.meta.url), 'utf8')), () => undefined, defaultPlan);
const baseline = project(defaultPlan, base);

/** The projection with growth, prices and population moved as shocks would move them. */
function perturbed(g: number, d: number, n: number): Projection {
  const y = expandAssumptions(base);
  const shift = (xs: number[], by: number) => xs.map((x) => (1 + x) * Math.exp(by) - 1);
  return projectYearly(defaultPlan, {
    scenarioId: base.id, baseYear: base.baseYear,
    yearly: { ...y, realGrowth: Object.fromEntries(SECTORS.map((s, i) => [s, shift(y.realGrowth[s], g * (i + 1))])) as never, deflator: Object.fromEntries(SECTORS.map((s) => [s, shift(y.deflator[s], d)])) as never, populationGrowth: shift(y.populationGrowth, n) },
    indicators: base.assumptions.indicators,
  });
}

describe('series catalogue', () => {
  it('series classed as deterministic do not move with growth, price or population shocks', () => {
    const { entries } = seriesCatalogue(baseline);
    fc.assert(fc.property(fc.double({ min: -0.1, max: 0.1, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true }), (g, d, n) => {
      const moved = perturbed(g, d, n);
      for (const [path, e] of entries) if (e.source.kind === 'deterministic') expect(seriesAt(moved.series, path), path).toEqual(seriesAt(baseline.series, path));
    }), fcRuns(30));
  });

  it('every derived series is its affine function of its primitive on any projection', () => {
    fc.assert(fc.property(fc.double({ min: -0.1, max: 0.1, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true }), (g, n) => {
      // Derived factors are deterministic ratios: they must hold on shocked projections too (prices unshocked).
      const moved = perturbed(g, 0, n);
      const { entries } = seriesCatalogue(baseline);
      for (const [path, e] of entries) {
        if (e.source.kind !== 'primitive') continue;
        const name = PRIMITIVES[e.source.primitive];
        const prim = name === 'growthFactor' ? moved.series.realGrowth.map((x) => 1 + x) : name === 'chainedGrowthFactor' ? moved.series.realGrowthChained.map((x) => 1 + x) : name === 'priceFactor' ? moved.series.gdpReal.map(() => 1) : seriesAt(moved.series, name)!;
        const values = seriesAt(moved.series, path)!;
        for (let t = 1; t < values.length; t++) expect(Math.abs(e.source.a[t] * prim[t] + e.source.b[t] - values[t]) / Math.max(1, Math.abs(values[t])), `${path}[${t}]`).toBeLessThan(1e-12);
      }
    }), fcRuns(30));
  });

  it('covers every series of the projection but those no primitive reads yet (the jobs and land block)', () => {
    const notYet = /^(employment|populationSupportedByJobs|laborProductivity|constructionLandKm2|industrialLandKm2|impliedInvestment|disposableIncomeIndex|incomeGrowthGapToGdp|industrialOutput|clusterOutput)/;
    expect(seriesCatalogue(baseline).omitted.filter((p) => !notYet.test(p))).toEqual([]);
  });
});
