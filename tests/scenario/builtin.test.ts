/**
 * The built-in scenarios do what their files say: plan-target meets the 2025 GDP, services-share and
 * population targets; historical-trend continues 2016-2020 (5.6% growth, services 9.1%).
 */
import { describe, it, expect } from 'vitest';
import { project, resolveScenario } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario, builtinScenarios } from '../../scenarios/index';

const plan = defaultPlan;
const run = (id: string) => project(plan, resolveScenario(builtinScenario(id), (x) => builtinScenario(x), plan));

describe('built-in scenarios', () => {
  it('there are at least four, each with a narrative in both languages', () => {
    expect(builtinScenarios.length).toBeGreaterThanOrEqual(4);
    for (const s of builtinScenarios) {
      expect(s.narrative?.zh.length, s.id).toBeGreaterThan(20);
      expect(s.narrative?.en.length, s.id).toBeGreaterThan(20);
    }
  });

  it('plan-target meets GDP 4000 亿元, services >= 50% and 100 万人 in 2025, and just barely', () => {
    const p = run('plan-target');
    for (const id of ['gdpNominal', 'servicesShareOfGdp', 'population']) {
      const t = p.targets.find((x) => x.id === id)!;
      expect(t.met, id).toBe(true);
      expect(Math.abs(t.gap!) / t.target, id).toBeLessThan(1e-4);
    }
    // Energy and CO2 follow its sector mix (structural modes): the shift to services meets both with room.
    for (const id of ['energyIntensityReduction', 'co2IntensityReduction']) expect(p.targets.find((x) => x.id === id)!.met, id).toBe(true);
  });

  it('historical-trend grows about 5.6% a year at first and misses 4000 亿元 by far', () => {
    const p = run('historical-trend');
    // Base-year weights 16.5, 1088.5 and 545 of 1650: (16.5 x 2% + 1088.5 x 3.9% + 545 x 9.1%) / 1650 = 5.5986%
    expect(p.series.realGrowth[1]).toBeCloseTo((16.5 * 0.02 + 1088.5 * 0.039 + 545 * 0.091) / 1650, 12);
    expect(p.series.realGrowth[1]).toBeCloseTo(0.056, 3);
    const gdp = p.targets.find((x) => x.id === 'gdpNominal')!;
    expect(gdp.met).toBe(false);
    expect(gdp.projected!).toBeGreaterThan(2300);
    expect(gdp.projected!).toBeLessThan(2500);
    expect(gdp.requiredAnnualChange!).toBeCloseTo(Math.pow(4000 / 1650, 0.2) - 1, 12);
  });

  it('public-service needs follow population: 4.7 doctors per 1,000 of 100 万人 is 4,700', () => {
    const p = run('plan-target');
    const t = 2025 - 2020;
    expect(p.series.publicServices.doctors[t]).toBeCloseTo((4.7 * p.series.population[t] * 10000) / 1000, 9);
    expect(p.series.publicServices.doctors[t]).toBeCloseTo(4700, -1);
    // GPs 5 per 10,000 and sports ground 2.3 m2 per person (in 万 m2).
    expect(p.series.publicServices.generalPractitioners[t]).toBeCloseTo((5 * p.series.population[t] * 10000) / 10000, 9);
    expect(p.series.publicServices.sportsArea[t]).toBeCloseTo(2.3 * p.series.population[t], 9);
  });

  it('GDP per capita in the base year is 1650 / 48.1338 = 34.28 万元 (the plan\'s 突破34万元)', () => {
    const p = run('historical-trend');
    expect(p.series.gdpPerCapita[0]).toBeCloseTo(1650 / 48.1338, 12);
    expect(p.series.gdpPerCapita[0]).toBeGreaterThan(34);
  });
});
