/**
 * The structural energy and carbon modes, chained growth and GDP per capita, each against an
 * independent computation written out here (hand formulas, not the engine's functions).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { project, resolveScenario, flattenSeries, applyLever, leverPath, solveOne, parseTarget, type ScenarioFile } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';
import { fcRuns } from '../mc/support/fixtures';

const base = { primary: 16.5, secondary: 1088.5, tertiary: 545 };
const scenarioOf = (over: Record<string, unknown>, assumptions: Record<string, unknown> = {}): ScenarioFile =>
  ({
    schemaVersion: 2, id: 'e', name: { zh: '能', en: 'E' }, baseYear: 2020, endYear: 2030,
    assumptions: { realGrowth: { primary: 0.02, secondary: 0.05, tertiary: 0.09 }, deflator: 0.02, population: { growth: 0.03 }, energy: {}, carbon: {}, ...assumptions },
    ...over,
  }) as ScenarioFile;
const run = (file: ScenarioFile) => project(defaultPlan, resolveScenario(file, (x) => builtinScenario(x), defaultPlan));

describe('energy from the sector mix', () => {
  it('matches a hand computation of E(t) = sum e_s(t) VA_s(t) with the plan defaults', () => {
    const p = run(scenarioOf({}));
    const e0 = { primary: 0.12, secondary: 0.89, tertiary: 0.15 };
    const g = { primary: 0.02, secondary: 0.05, tertiary: 0.09 };
    const c = -0.016193;
    const E = (t: number) => (Object.keys(e0) as (keyof typeof e0)[]).reduce((s, k) => s + e0[k] * (1 + c) ** t * base[k] * (1 + g[k]) ** t, 0);
    const Y = (t: number) => (Object.keys(base) as (keyof typeof base)[]).reduce((s, k) => s + base[k] * (1 + g[k]) ** t, 0);
    for (const t of [1, 5, 10]) {
      const index = E(t) / Y(t) / (E(0) / Y(0));
      expect(p.series.energyIntensityIndex[t]).toBeCloseTo(index, 12);
      expect(p.series.energyUseIndex[t]).toBeCloseTo(E(t) / E(0), 12);
      expect(p.series.energyIntensityChangeSinceBase[t]).toBeCloseTo(index - 1, 12);
      // 万吨 tce: 0.89 tce per 万元 x 1088.5 亿元 (= 1088.5 x 10^4 万元) = 968.8 x 10^4 t.
      expect(p.series.energyUse!.secondary[t]).toBeCloseTo(0.89 * (1 + c) ** t * 1088.5 * 1.05 ** t, 9);
    }
    expect(p.series.energyUse!.secondary[0]).toBeCloseTo(968.765, 9);
  });

  it('CO2 = energy x product of (1 + k): intensity and emissions', () => {
    const p = run(scenarioOf({}, { carbon: { carbonPerEnergyChange: [-0.01, -0.02, -0.03, 0, 0, 0, 0, 0, 0, 0] } }));
    const K3 = 0.99 * 0.98 * 0.97;
    expect(p.series.co2IntensityIndex[3]).toBeCloseTo(p.series.energyIntensityIndex[3] * K3, 14);
    expect(p.series.co2EmissionsIndex[3]).toBeCloseTo(p.series.energyUseIndex[3] * K3, 14);
    expect(p.series.co2IntensityIndex[10]).toBeCloseTo(p.series.energyIntensityIndex[10] * K3, 14);
  });

  it('the default within-sector rate reproduces a 2.9% average yearly fall of energy intensity in historical-trend, 2021-2025', () => {
    const p = run(builtinScenario('historical-trend')!);
    const t = p.years.indexOf(2025);
    // (1 - 0.029)^5 = 0.863169...; the plan data's rate is rounded to 6 decimals.
    expect(p.series.energyIntensityIndex[t]).toBeCloseTo(0.971 ** 5, 5);
  });

  it('with equal sector intensities the index is the within-sector factor alone', () => {
    const p = run(scenarioOf({}, { energy: { intensityBySector: 0.5, intensityChangeBySector: -0.04 } }));
    expect(p.series.energyIntensityIndex[7]).toBeCloseTo(0.96 ** 7, 13);
  });

  it('property: faster secondary growth never lowers the 2025 energy-intensity index when industry is the most energy-intensive sector in 2025', () => {
    const rate = fc.double({ min: -0.1, max: 0.3, noNaN: true });
    fc.assert(
      fc.property(fc.record({ p: fc.double({ min: 0.01, max: 2, noNaN: true }), s: fc.double({ min: 0.01, max: 2, noNaN: true }), t: fc.double({ min: 0.01, max: 2, noNaN: true }) }), fc.record({ p: fc.double({ min: -0.1, max: 0.05, noNaN: true }), s: fc.double({ min: -0.1, max: 0.05, noNaN: true }), t: fc.double({ min: -0.1, max: 0.05, noNaN: true }) }), rate, rate, fc.double({ min: 0, max: 0.2, noNaN: true }), (e, c, gS, gT, extra) => {
        const s5 = e.s * (1 + c.s) ** 5;
        fc.pre(s5 >= e.p * (1 + c.p) ** 5 && s5 >= e.t * (1 + c.t) ** 5);
        const at = (g: number) => {
          const p = run(scenarioOf({ endYear: 2025 }, { realGrowth: { primary: 0.02, secondary: g, tertiary: gT }, energy: { intensityBySector: { primary: e.p, secondary: e.s, tertiary: e.t }, intensityChangeBySector: { primary: c.p, secondary: c.s, tertiary: c.t } } }));
          return p.series.energyIntensityIndex[5];
        };
        expect(at(gS + extra)).toBeGreaterThanOrEqual(at(gS) * (1 - 1e-12));
      }),
      fcRuns(60),
    );
  });

  it('property: no NaN or Infinity in any series over the valid domain', () => {
    const r = fc.double({ min: -0.5, max: 0.5, noNaN: true });
    fc.assert(
      fc.property(r, r, r, r, fc.double({ min: 0.001, max: 50, noNaN: true }), (g, d, c, k, e) => {
        const p = run(scenarioOf({}, { realGrowth: g, deflator: { primary: d, secondary: 0, tertiary: -d / 2 }, energy: { intensityBySector: { primary: e, secondary: 1, tertiary: 0.1 }, intensityChangeBySector: c }, carbon: { carbonPerEnergyChange: k } }));
        for (const [, values] of flattenSeries(p.series)) for (const v of values) expect(Number.isFinite(v)).toBe(true);
      }),
      fcRuns(60),
    );
  });
});

describe('national-accounts conventions', () => {
  it('chained real growth weights each sector by its previous-year nominal share', () => {
    const p = run(scenarioOf({}, { deflator: { primary: 0, secondary: 0, tertiary: 0.07 } }));
    const s = p.series;
    for (const t of [1, 2, 6]) {
      const nom = s.valueAddedNominal;
      const prevNominal = nom.primary[t - 1] + nom.secondary[t - 1] + nom.tertiary[t - 1];
      const expected = (nom.primary[t - 1] * 1.02 + nom.secondary[t - 1] * 1.05 + nom.tertiary[t - 1] * 1.09) / prevNominal - 1;
      expect(s.realGrowthChained[t]).toBeCloseTo(expected, 14);
    }
    // With services prices rising, fixed 2020 prices underweight services: chained growth is higher.
    expect(s.realGrowthChained[10]).toBeGreaterThan(s.realGrowth[10]);
  });

  it('with one deflator for all sectors chained and fixed-base growth coincide', () => {
    const p = run(scenarioOf({}));
    p.series.realGrowth.forEach((g, t) => expect(p.series.realGrowthChained[t]).toBeCloseTo(g, 14));
  });

  it('GDP per capita: base year GDP / population (34.28 万元), later years over the average of opening and closing population', () => {
    const p = run(scenarioOf({}));
    const s = p.series;
    expect(s.gdpPerCapita[0]).toBeCloseTo(1650 / 48.1338, 12);
    expect(s.gdpPerCapita[0]).toBeCloseTo(34.28, 2);
    expect(s.gdpPerCapita[1]).toBeCloseTo(s.gdpNominal[1] / ((48.1338 + 48.1338 * 1.03) / 2), 10);
  });
});

describe('levers and goal seek in the structural modes', () => {
  const trend = () => resolveScenario(builtinScenario('historical-trend'), (x) => builtinScenario(x), defaultPlan);
  it('the resolved scenario shows the plan defaults in use', () => {
    const s = trend();
    expect(s.assumptions.energy).toEqual({ intensityBySector: { primary: 0.12, secondary: 0.89, tertiary: 0.15 }, intensityChangeBySector: -0.016193 });
    expect(s.assumptions.carbon).toEqual({ carbonPerEnergyChange: -0.01 });
  });
  it('the energy lever moves every sector\'s own intensity change; the CO2 lever moves CO2 per unit of energy', () => {
    const s = trend();
    const shifted = applyLever(s, 'energyIntensityChange', -0.01, 'shift');
    const p0 = project(defaultPlan, s), p1 = project(defaultPlan, shifted);
    // Every sector's intensity 1% a year lower: the index falls by 0.99^t exactly (same mix).
    expect(p1.series.energyIntensityIndex[5] / p0.series.energyIntensityIndex[5]).toBeCloseTo(((1 - 0.016193 - 0.01) / (1 - 0.016193)) ** 5, 12);
    const cleaner = project(defaultPlan, applyLever(s, 'co2IntensityChange', -0.03, 'constant'));
    expect(cleaner.series.co2IntensityIndex[5]).toBeCloseTo(cleaner.series.energyIntensityIndex[5] * 0.97 ** 5, 12);
    expect(leverPath(s, 'co2IntensityChange')[0]).toBe(-0.01);
  });
  it('the tornado of the energy target swings with secondary growth', () => {
    const s = trend();
    const at = (g: number) => project(defaultPlan, applyLever(s, 'realGrowth.secondary', g, 'shift')).series.energyIntensityChangeSinceBase[5];
    expect(at(0.02)).toBeGreaterThan(at(-0.02) + 0.01);
  });
  it('goal seek finds the common efficiency gain that meets a 20% cut by 2025 (no closed form: bisection)', () => {
    const r = solveOne(defaultPlan, trend(), parseTarget('energyIntensityChangeSinceBase@2025=-0.2'), { lever: 'energyIntensityChange', mode: 'constant' });
    expect(r.method).toBe('bisection');
    const p = project(defaultPlan, applyLever(trend(), 'energyIntensityChange', r.levers[0].value, 'constant'));
    expect(p.series.energyIntensityChangeSinceBase[5]).toBeCloseTo(-0.2, 6);
  });
});
