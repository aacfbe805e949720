/**
 * Jobs mode in the Monte Carlo: population follows each path's jobs (no population shocks), so its
 * spread comes from growth shocks, its median is the deterministic jobs-mode population, and with
 * (almost) no shocks every path is the deterministic projection.
 */
import { describe, it, expect } from 'vitest';
import { baseEmployment, compileMonteCarlo, project, resolveScenario, runMonteCarlo, simulateBlocks, type ScenarioFile } from '../../engine/index';
import { defaultPlan as plan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';

const lookup = (id: string) => builtinScenario(id);
const run = (file: unknown, paths: number) => {
  const scenario = resolveScenario(file, lookup, plan);
  return runMonteCarlo(compileMonteCarlo(plan, scenario, { paths, seed: 7 }), async (m, range) => [simulateBlocks(m, range)]);
};

describe('Monte Carlo in jobs mode', () => {
  it('with tiny shocks every path is the deterministic jobs-mode projection (population 5%-95% within 1e-6)', async () => {
    const file = { ...builtinScenario('historical-trend')!, uncertainty: { realGrowthVolatility: 1e-12, populationGrowthVolatility: 0.05 } } as ScenarioFile;
    const det = project(plan, resolveScenario(file, lookup, plan)).series.population;
    const r = await run(file, 4096);
    for (const [t, year] of [[1, 2021], [5, 2025], [15, 2035]] as const) {
      const q = r.quantiles.population;
      for (const level of ['0.05', '0.5', '0.95']) expect(Math.abs(q[level][t] - det[t]) / det[t], `${year} ${level}`).toBeLessThan(1e-6);
    }
  });

  it('population varies with growth shocks, not with population shocks, and its median is the deterministic path', async () => {
    const file = builtinScenario('historical-trend')!;
    const det = project(plan, resolveScenario(file, lookup, plan)).series.population;
    // Same draws (the population column stays), ten times the population volatility: no effect in jobs mode.
    const noPopShock = { ...file, uncertainty: { ...file.uncertainty!, populationGrowthVolatility: 0.2 } } as ScenarioFile;
    const a = await run(file, 32768);
    const b = await run(noPopShock, 32768);
    const q = a.quantiles.population;
    expect(q['0.95'][5] - q['0.05'][5]).toBeGreaterThan(0.5); // 万人: growth shocks move jobs and so residents
    expect(Math.abs(q['0.5'][5] - det[5]) / det[5]).toBeLessThan(0.01);
    expect(b.quantiles.population['0.5'][5]).toBeCloseTo(q['0.5'][5], 9);
    expect(b.quantiles.population['0.95'][5]).toBeCloseTo(q['0.95'][5], 9);
  });

  it('on every path, population follows the recurrence from that path\'s real value added (per-path samples, float32)', async () => {
    const file = builtinScenario('historical-trend')!;
    const scenario = resolveScenario(file, lookup, plan);
    const years = Array.from({ length: 10 }, (_, i) => 2021 + i);
    const sectors = ['primary', 'secondary', 'tertiary'] as const;
    const samples = years.flatMap((year) => [...sectors.map((s) => ({ series: `valueAddedReal.${s}`, year })), { series: 'population', year }]);
    const r = await runMonteCarlo(compileMonteCarlo(plan, scenario, { paths: 200, seed: 3, samples }), async (m, range) => [simulateBlocks(m, range)]);
    const at = (series: string, year: number) => r.samples.find((x) => x.series === series && x.year === year)!.values;
    // Independent write-out: productivity from the base jobs and the scenario's 3% / 6% / 4% growth, workers per resident L0 / pop0.
    const l0 = baseEmployment(plan);
    const wpr = (l0.primary + l0.secondary + l0.tertiary) / plan.base.populationWan;
    const p = { primary: 0.03, secondary: 0.06, tertiary: 0.04 };
    const base = { primary: 16.5, secondary: 1088.5, tertiary: 545 };
    for (let j = 0; j < 200; j++) {
      let pop = plan.base.populationWan;
      years.forEach((year, i) => {
        const supported = sectors.reduce((a, s) => a + at(`valueAddedReal.${s}`, year)[j] / ((base[s] / l0[s]) * Math.pow(1 + p[s], i + 1) * wpr), 0);
        pop = pop + 0.5 * (supported - pop);
        expect(Math.abs(at('population', year)[j] - pop) / pop).toBeLessThan(2e-6);
        pop = at('population', year)[j]; // continue from the path's own (float32-rounded) value
      });
    }
  });
});
