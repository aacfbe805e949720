/**
 * Re-anchoring a structural-energy scenario (energy from the sector mix) at a later year. The anchor year's
 * sector intensities are the projected ones, e(s, a) = e(s, 2020) x prod (1 + c(s)), not the 2020 figures;
 * the index level there follows the observed value added, or an observed energy-intensity figure. Expected
 * values are hand calculations written here from the plan's 2020 value added (16.5 / 1088.5 / 545 亿元),
 * the scenario's growth and intensity paths, and (case 2) the zone's published 2021 estimate (-2.3%).
 * Sector efficiency gains differ (-5% / -1% / -4% a year) so that reusing 2020 intensities would show.
 */
import { describe, it, expect } from 'vitest';
import { project, reanchor, type Observation, type ScenarioFile } from '../../engine/index';
import { plan, resolved } from './helpers';

const VA0 = { primary: 16.5, secondary: 1088.5, tertiary: 545 };
const G = { primary: 0.02, secondary: 0.06, tertiary: 0.09 };
const E0 = { primary: 0.12, secondary: 0.89, tertiary: 0.15 };
const C = { primary: -0.05, secondary: -0.01, tertiary: -0.04 };
const SECTORS = ['primary', 'secondary', 'tertiary'] as const;
type Sectors = Record<(typeof SECTORS)[number], number>;

const file: ScenarioFile = {
  schemaVersion: 2, id: 'mix', name: { zh: '结构', en: 'Mix' }, baseYear: 2020, endYear: 2025,
  assumptions: { realGrowth: G, deflator: 0, population: { growth: 0.01 }, energy: { intensityBySector: E0, intensityChangeBySector: C }, carbon: { carbonPerEnergyChange: -0.01 } },
} as ScenarioFile;

/** Energy per unit of real GDP with intensities e and real value added va: sum e_s va_s / sum va_s. */
const perGdp = (e: Sectors, va: Sectors) => SECTORS.reduce((x, s) => x + e[s] * va[s], 0) / SECTORS.reduce((x, s) => x + va[s], 0);
const intensityAt = (t: number): Sectors => ({ primary: E0.primary * (1 + C.primary) ** t, secondary: E0.secondary * (1 + C.secondary) ** t, tertiary: E0.tertiary * (1 + C.tertiary) ** t });
const grown = (va: Sectors, years: number): Sectors => ({ primary: va.primary * (1 + G.primary) ** years, secondary: va.secondary * (1 + G.secondary) ** years, tertiary: va.tertiary * (1 + G.tertiary) ** years });
const base = perGdp(E0, VA0);

describe('re-anchoring structural energy', () => {
  it('observed value added in 2021 (more industry, fewer services): the index there uses 2021 intensities e(s,2020) x (1 + c(s)) on the observed mix', () => {
    const scenario = resolved(file);
    const va1 = grown(VA0, 1);
    // Observed 2021 value added (deflator 0: nominal = real at 2020 prices): industry 10% above the path, services 5% below.
    const observed: Sectors = { primary: va1.primary, secondary: va1.secondary * 1.1, tertiary: va1.tertiary * 0.95 };
    const obs: Observation[] = SECTORS.map((s, k) => ({ year: 2021, series: `valueAddedNominal.${s}`, value: observed[s], key: `valueAddedNominal.${s}`, keyValue: observed[s], scale: 1, line: k + 2 }));
    const r = reanchor(plan, scenario, obs);
    const q = project(r.plan, r.scenario);
    // New base intensities: the 2021 ones (0.114, 0.8811, 0.144), not 2020's.
    expect(r.scenario.assumptions.energy!.intensityBySector).toEqual({ primary: expect.closeTo(0.114, 12), secondary: expect.closeTo(0.8811, 12), tertiary: expect.closeTo(0.144, 12) });
    // 2021 index: energy per GDP on the observed mix with 2021 intensities, over 2020's.
    const i2021 = perGdp(intensityAt(1), observed) / base;
    expect(q.series.energyIntensityIndex[0]).toBeCloseTo(i2021, 12);
    // It is higher than the path's own 2021 index (more of the energy-heavy sector): the mix matters at the anchor.
    expect(i2021).toBeGreaterThan(perGdp(intensityAt(1), va1) / base);
    // 2025: value added grows on from the observed 2021 level at the scenario's rates; intensities keep falling.
    for (const s of SECTORS) expect(q.series.valueAddedReal[s][4]).toBeCloseTo(grown(observed, 4)[s], 9);
    expect(q.series.energyIntensityIndex[4]).toBeCloseTo(perGdp(intensityAt(5), grown(observed, 4)) / base, 12);
    // CO2 follows energy: index = energy intensity x (1 - 1%)^years since 2020.
    expect(q.series.co2IntensityIndex[4]).toBeCloseTo((perGdp(intensityAt(5), grown(observed, 4)) / base) * 0.99 ** 5, 12);
  });

  it('an observed 2021 energy intensity (the published estimate, -2.3%) re-anchors the level; sector intensities keep their 2021 ratios', () => {
    const scenario = resolved(file);
    const obs: Observation[] = [{ year: 2021, series: 'energyIntensityReduction', value: 2.3, key: 'energyIntensityChangeSinceBase', keyValue: -0.023, scale: -100, line: 2 }];
    const r = reanchor(plan, scenario, obs);
    const q = project(r.plan, r.scenario);
    const va1 = grown(VA0, 1);
    const modelled = perGdp(intensityAt(1), va1) / base;
    const k = 0.977 / modelled;
    const e = r.scenario.assumptions.energy!.intensityBySector as Sectors;
    for (const s of SECTORS) expect(e[s]).toBeCloseTo(intensityAt(1)[s] * k, 12);
    // Sector ratios are 2021's: secondary / tertiary = (0.89 x 0.99) / (0.15 x 0.96).
    expect(e.secondary / e.tertiary).toBeCloseTo((0.89 * 0.99) / (0.15 * 0.96), 12);
    // Energy use by sector agrees with the observed level: E(2021) / GDP(2021) = 0.977 x E(2020) / GDP(2020).
    expect(perGdp(e, va1)).toBeCloseTo(0.977 * base, 12);
    expect(q.series.energyIntensityIndex[0]).toBeCloseTo(0.977, 12);
    // 2025 = 0.977 x the mix's change from 2021 to 2025.
    const i2025 = 0.977 * perGdp(intensityAt(5), grown(VA0, 5)) / perGdp(intensityAt(1), va1);
    expect(q.series.energyIntensityIndex[4]).toBeCloseTo(i2025, 12);
  });

  it('observations equal to the path change nothing (2022)', () => {
    const scenario = resolved(file);
    const p = project(plan, scenario);
    const obs: Observation[] = [
      ...SECTORS.map((s, k) => ({ year: 2022, series: `valueAddedNominal.${s}`, value: p.series.valueAddedNominal[s][2], key: `valueAddedNominal.${s}`, keyValue: p.series.valueAddedNominal[s][2], scale: 1, line: k + 2 })),
      { year: 2022, series: 'energyIntensityIndex', value: p.series.energyIntensityIndex[2], key: 'energyIntensityIndex', keyValue: p.series.energyIntensityIndex[2], scale: 1, line: 5 },
    ];
    const q = project(reanchor(plan, scenario, obs).plan, reanchor(plan, scenario, obs).scenario);
    for (let t = 0; t <= 3; t++) {
      expect(q.series.energyIntensityIndex[t]).toBeCloseTo(p.series.energyIntensityIndex[t + 2], 12);
      for (const s of SECTORS) expect(q.series.energyUse![s][t]).toBeCloseTo(p.series.energyUse![s][t + 2], 9);
    }
  });
});
