/**
 * Probability of meeting a target from a re-anchored base, through the project's Monte Carlo (runtime
 * in-process runner) on the re-anchored plan and scenario as they are. Closed form: with equal growth g and volatility sigma in
 * every sector, correlation all ones, no persistence and no price or population shocks, GDP from the
 * observed level G in year Y is log-normal:
 *   P(GDP(T) >= X) = 1 - Phi((ln(X / G) - (T - Y) ln((1 + g)(1 + d))) / (sigma sqrt(T - Y))).
 * The estimate must agree within 4 Monte Carlo standard errors.
 */
import { describe, it, expect } from 'vitest';
import { errorFunction } from 'simple-statistics';
import { reanchor, reviewActuals, type Observation } from '../../engine/index';
import { createInProcessRunner } from '../../runtime/in-process-runner';
import { plan, resolved } from './helpers';

describe('review probability (Monte Carlo on the re-anchored plan)', () => {
  it('GDP 2025 >= 4000 from an observed 2022 GDP of 2,600 亿元 matches the log-normal closed form', async () => {
    const g = 0.12, d = 0.02, sigma = 0.05, G = 2600;
    const scenario = resolved({
      schemaVersion: 1, id: 'lognormal', name: { zh: '对数正态', en: 'Log-normal' }, baseYear: 2020, endYear: 2030, seed: 7,
      assumptions: { realGrowth: g, deflator: d, population: { growth: 0.02 }, energyIntensityChange: -0.03, co2IntensityChange: -0.03 },
      uncertainty: { realGrowthVolatility: sigma, correlation: [[1, 1, 1], [1, 1, 1], [1, 1, 1]], persistence: 0 },
    });
    const obs: Observation[] = [{ year: 2022, series: 'gdpNominal', value: G, key: 'gdpNominal', keyValue: G, scale: 1, line: 2 }];
    const anchored = reanchor(plan, scenario, obs);
    // The anchor year's price level is 1.02^2, not 1: the Monte Carlo must start from real value added (nominal / 1.0404).
    expect(anchored.plan.base.reference!.priceIndex.secondary).toBeCloseTo(1.0404, 12);
    const runner = createInProcessRunner();
    const mc = await runner.runMonteCarlo({ plan: anchored.plan, scenario: anchored.scenario, options: { paths: 65536, seed: 11 } });
    runner.terminate();
    const t = mc.targets.find((x) => x.id === 'gdpNominal')!;
    const z = (Math.log(4000 / G) - 3 * Math.log((1 + g) * (1 + d))) / (sigma * Math.sqrt(3));
    const exact = 1 - 0.5 * (1 + errorFunction(z / Math.SQRT2)); // Phi by the error function (about 1e-7 accurate)
    expect(exact).toBeGreaterThan(0.1);
    expect(exact).toBeLessThan(0.9);
    expect(Math.abs(t.probability - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / mc.paths));
    // reviewActuals carries the probability over as given.
    const r = reviewActuals(plan, scenario, obs, { anchored, probabilities: { gdpNominal: t.probability } });
    expect(r.targets.find((x) => x.id === 'gdpNominal')!.probability).toBe(t.probability);
  });
});
