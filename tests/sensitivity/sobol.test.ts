/**
 * Sobol indices of the Monte Carlo model's outputs over its uncertain input groups.
 */
import { describe, it, expect } from 'vitest';
import { compileSobol, isPlanpathError, runSobol, evaluateSobolRows, type SobolProblem } from '../../engine/index';
import { builtin, defaultPlan, samplePlan, sampleScenario } from '../mc/support/fixtures';

const inProcess = async (p: SobolProblem, first: number, count: number) => [evaluateSobolRows(p, first, count)];

describe('Sobol indices of the model', () => {
  it('when only services are uncertain, services explain all the variance of GDP', async () => {
    const scenario = sampleScenario({ realGrowthVolatility: { primary: 0, secondary: 0, tertiary: 0.08 }, persistence: 0.3 });
    const r = await runSobol(compileSobol(samplePlan, scenario, { series: 'gdpNominal', year: 2025 }, { samples: 2048, bootstrap: 50 }), inProcess);
    expect(r.groups.map((g) => g.id)).toEqual(['sector.tertiary']);
    // With one group AB_1 = B, so Jansen's first-order estimate is exactly 1; the total estimate is 1
    // up to sampling error (about sqrt(2 / N) = 3%).
    expect(r.groups[0].first.estimate).toBeCloseTo(1, 12);
    expect(Math.abs(r.groups[0].total.estimate - 1)).toBeLessThan(0.1);
  });

  it('independent sectors: indices near their variance shares, totals at least the first order, first orders adding up to about 1', async () => {
    const scenario = sampleScenario({ realGrowthVolatility: { primary: 0.05, secondary: 0.05, tertiary: 0.05 }, populationGrowthVolatility: 0.02, deflatorVolatility: 0.01 });
    const r = await runSobol(compileSobol(samplePlan, scenario, { series: 'gdpNominal', year: 2025 }, { samples: 8192, bootstrap: 100 }), inProcess);
    expect(r.groups.map((g) => g.id)).toEqual(['sector.primary', 'sector.secondary', 'sector.tertiary', 'deflator', 'population']);
    const byId = Object.fromEntries(r.groups.map((g) => [g.id, g]));
    // GDP = 20 e^{x1} + 80 e^{x2} + 100 e^{x3} (times deterministic factors): nearly linear, so the
    // variance shares are close to 20^2 : 80^2 : 100^2 (plus the price shock); population does not enter GDP.
    expect(byId['sector.tertiary'].first.estimate).toBeGreaterThan(byId['sector.secondary'].first.estimate);
    expect(byId['sector.secondary'].first.estimate).toBeGreaterThan(byId['sector.primary'].first.estimate);
    expect(Math.abs(byId.population.total.estimate)).toBeLessThan(0.01);
    for (const g of r.groups) expect(g.total.estimate).toBeGreaterThanOrEqual(g.first.estimate - 0.03);
    // A nearly additive model: the first-order indices add up to about 1 (sampling error about 0.02 each).
    expect(Math.abs(r.groups.reduce((s, g) => s + g.first.estimate, 0) - 1)).toBeLessThan(0.08);
  });

  it('perfectly correlated sectors form one group: the one factor of their shocks', async () => {
    const scenario = sampleScenario({ realGrowthVolatility: 0.05, correlation: [[1, 1, 1], [1, 1, 1], [1, 1, 1]] });
    const p = compileSobol(samplePlan, scenario, { series: 'shares.tertiary', year: 2030 }, { samples: 256 });
    expect(p.groups.map((g) => g.id)).toEqual(['growth.factor1']);
  });

  it('with primary volatility 0 no group named after the primary sector explains variance (correlated sectors: factors)', async () => {
    const scenario = sampleScenario({ realGrowthVolatility: { primary: 0, secondary: 0.5, tertiary: 0.5 }, persistence: 0.9, correlation: [[1, 0.3, 0], [0.3, 1, -0.9], [0, -0.9, 1]] });
    const r = await runSobol(compileSobol(samplePlan, scenario, { series: 'shares.secondary', year: 2025 }, { samples: 1024, bootstrap: 30 }), inProcess);
    expect(r.groups.map((g) => g.id).filter((id) => id.includes('primary'))).toEqual([]);
    expect(r.groups.map((g) => g.id)).toContain('growth.factor1');
    const uncorrelated = compileSobol(samplePlan, sampleScenario({ realGrowthVolatility: { primary: 0, secondary: 0.5, tertiary: 0.5 } }), { series: 'shares.secondary', year: 2025 }, { samples: 256 });
    expect(uncorrelated.groups.map((g) => g.id)).toEqual(['sector.secondary', 'sector.tertiary']);
  });

  it('energy-intensity shocks are their own group and explain the energy-intensity index when growth is certain', async () => {
    const trend = builtin('historical-trend');
    const scenario = { ...trend, assumptions: { ...trend.assumptions, population: { growth: 0.03 } }, uncertainty: { realGrowthVolatility: 0, energyIntensityVolatility: 0.02, carbonPerEnergyVolatility: 0.01 } };
    const r = await runSobol(compileSobol(defaultPlan, scenario, { series: 'co2IntensityIndex', year: 2025 }, { samples: 2048, bootstrap: 30 }), inProcess);
    expect(r.groups.map((g) => g.id)).toEqual(['energy', 'carbon']);
    // log CO2 intensity is about a sum of the two shocks' cumulative effects: shares near 4 : 1 (0.02^2 : 0.01^2).
    const [energy, carbon] = r.groups;
    expect(energy.first.estimate).toBeGreaterThan(carbon.first.estimate);
    expect(Math.abs(energy.first.estimate + carbon.first.estimate - 1)).toBeLessThan(0.1);
  });

  it('the same rows give the same indices however they are split', async () => {
    const p = compileSobol(defaultPlan, builtin('historical-trend'), { series: 'gdpNominal', year: 2025 }, { samples: 600, bootstrap: 30 });
    const whole = await runSobol(p, inProcess);
    const split = await runSobol(p, async (q, first, count) => [evaluateSobolRows(q, first + 400, count - 400), evaluateSobolRows(q, first, 400)]);
    expect(split).toEqual(whole);
  });

  it('an output no uncertain input reaches is reported', () => {
    try {
      compileSobol(samplePlan, sampleScenario({ realGrowthVolatility: 0.05 }), { series: 'energyIntensityIndex', year: 2025 });
      throw new Error('expected an error');
    } catch (error) {
      expect(isPlanpathError(error) && error.issues[0].path).toBe('output');
    }
  });
});
