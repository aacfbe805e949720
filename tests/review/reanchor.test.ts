/**
 * Re-anchoring at the last observed year. With actuals equal to the scenario's own path the review
 * changes nothing; observed levels replace projected ones and later years follow the scenario's rates
 * (closed forms written here); cumulative targets stay measured from the original base year 2020.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { flattenSeries, reanchor, reviewActuals, type Observation, type Projection } from '../../engine/index';
import { fcParams, scenarioArb } from '../arbitraries/scenario';
import { observationsFrom, plan, project, resolved } from './helpers';

/** Series the re-anchoring reads (each may be observed on its own). */
const ANCHOR_KEYS = ['gdpNominal', 'gdpReal', 'realGrowth', 'gdpDeflatorIndex', 'shares.primary', 'shares.tertiary', 'valueAddedNominal.secondary', 'population', 'energyIntensityIndex', 'co2IntensityChangeSinceBase'];

/** Largest difference between two projections from `fromYear` on, relative to max(1, |value|). */
function largestDifference(a: Projection, b: Projection, fromYear: number): { error: number; where: string } {
  const other = new Map(flattenSeries(b.series));
  let error = 0;
  let where = '';
  for (const [path, values] of flattenSeries(a.series)) {
    const ref = other.get(path);
    if (!ref) return { error: Infinity, where: `${path} missing` };
    for (let y = Math.max(fromYear, a.baseYear); y <= a.endYear; y++) {
      const x = values[y - a.baseYear];
      const r = ref[y - b.baseYear];
      const e = Math.abs(x - r) / Math.max(1, Math.abs(r));
      if (e > error) { error = e; where = `${path} ${y}: ${x} vs ${r}`; }
    }
  }
  return { error, where };
}

describe('re-anchoring: actuals equal to the path change nothing', () => {
  it('any scenario, any anchor year, any observed series: every series and target unchanged from the anchor year (1e-9) (property)', () => {
    const arb = scenarioArb([2022, 2035]).chain((s) => fc.record({
      s: fc.constant(s),
      year: fc.integer({ min: 2021, max: s.endYear! }),
      keys: fc.subarray(ANCHOR_KEYS, { minLength: 1 }),
      earlier: fc.boolean(),
    }));
    fc.assert(fc.property(arb, ({ s, year, keys, earlier }) => {
      const scenario = resolved(s);
      const p = project(plan, scenario);
      const years = earlier ? Array.from({ length: year - 2020 }, (_, i) => 2021 + i) : [year];
      const anchored = reanchor(plan, scenario, observationsFrom(p, keys, years));
      expect(anchored.anchorYear).toBe(year);
      const q = project(anchored.plan, anchored.scenario);
      const { error, where } = largestDifference(q, p, year);
      expect(error, where).toBeLessThan(1e-9);
      for (const t of q.targets) {
        const o = p.targets.find((x) => x.id === t.id)!;
        if (t.projected === null || o.projected === null) continue;
        expect(Math.abs(t.projected - o.projected) / Math.max(1, Math.abs(o.projected)), t.id).toBeLessThan(1e-9);
        expect(t.met, t.id).toBe(o.met);
      }
    }), fcParams());
  });

  it('a scenario with indicator trajectories (services-led): indicator paths and public services unchanged', () => {
    const scenario = resolved('services-led');
    const p = project(plan, scenario);
    const anchored = reanchor(plan, scenario, observationsFrom(p, ['gdpNominal', 'indicators.highTechEnterprises', 'population'], [2021, 2023]));
    const { error, where } = largestDifference(project(anchored.plan, anchored.scenario), p, 2023);
    expect(error, where).toBeLessThan(1e-9);
  });

  it('the investment-led scenario with exogenous population, investment observed too: capital, output and every series unchanged', () => {
    const scenario = resolved({ schemaVersion: 2, id: 'inv-exo', name: { zh: '投资', en: 'Investment' }, extends: 'investment-led', assumptions: { population: { growth: 0.03 } } });
    const p = project(plan, scenario);
    const investment = [2021, 2022].map((year): Observation => ({ year, series: 'investment', value: 0.8 * 12057 / 5, key: 'investment', keyValue: 0.8 * 12057 / 5, scale: 1, line: 0 }));
    const anchored = reanchor(plan, scenario, [...observationsFrom(p, ['gdpNominal', 'realGrowth', 'shares.tertiary'], [2021, 2022]), ...investment]);
    const { error, where } = largestDifference(project(anchored.plan, anchored.scenario), p, 2022);
    expect(error, where).toBeLessThan(1e-9);
  });

  // Investment mode with population following jobs (the built-in investment-led): the anchor year's output was
  // produced with the previous year's jobs, which the re-anchored base carries (reference.labourInputWan).
  it('the built-in investment-led scenario (population follows jobs): every series unchanged', () => {
    const scenario = resolved('investment-led');
    const p = project(plan, scenario);
    const anchored = reanchor(plan, scenario, observationsFrom(p, ['gdpNominal'], [2021]));
    const { error, where } = largestDifference(project(anchored.plan, anchored.scenario), p, 2021);
    expect(error, where).toBeLessThan(1e-9);
  });

  it('the review of such actuals: projected values and met unchanged, lastObserved as given', () => {
    const scenario = resolved('historical-trend');
    const p = project(plan, scenario);
    const r = reviewActuals(plan, scenario, observationsFrom(p, ['gdpNominal', 'shares.tertiary', 'population'], [2021, 2022]));
    for (const t of r.targets) {
      const o = p.targets.find((x) => x.id === t.id)!;
      if (o.projected !== null && t.year >= 2022) expect(Math.abs(t.projected! - o.projected) / Math.max(1, Math.abs(o.projected)), t.id).toBeLessThan(1e-9);
    }
    const gdp = r.targets.find((t) => t.id === 'gdpNominal')!;
    expect([gdp.lastObservedYear, gdp.lastObserved]).toEqual([2022, p.series.gdpNominal[2]]);
  });
});

describe('re-anchoring: closed forms', () => {
  it('required change from the last observation is (target / last observed)^(1 / years left) - 1 for a level target (property)', () => {
    const scenario = resolved('historical-trend');
    fc.assert(fc.property(fc.integer({ min: 2021, max: 2024 }), fc.double({ min: 500, max: 5000, noNaN: true }), (year, gdp) => {
      const obs: Observation[] = [{ year, series: 'gdpNominal', value: gdp, key: 'gdpNominal', keyValue: gdp, scale: 1, line: 2 }];
      const t = reviewActuals(plan, scenario, obs).targets.find((x) => x.id === 'gdpNominal')!;
      expect(t.requiredFromYear).toBe(year);
      expect(t.requiredAnnualChange!).toBeCloseTo(Math.pow(4000 / gdp, 1 / (2025 - year)) - 1, 12);
    }), fcParams());
  });

  it('later years follow the scenario from the observed level: GDP(2025) = G(2022) x ((1 + g)(1 + d))^3 with common g and d', () => {
    // Hand calculation: flat 5% real growth, 2% prices in every sector; observed 2022 GDP 1,900 亿元 (real share as projected).
    const flat = resolved({ schemaVersion: 1, id: 'flat', name: { zh: '平', en: 'Flat' }, baseYear: 2020, endYear: 2030, assumptions: { realGrowth: 0.05, deflator: 0.02, population: { growth: 0.02 }, energyIntensityChange: -0.03, co2IntensityChange: -0.03 } });
    const obs: Observation[] = [{ year: 2022, series: 'gdpNominal', value: 1900, key: 'gdpNominal', keyValue: 1900, scale: 1, line: 2 }];
    const r = reviewActuals(plan, flat, obs);
    expect(r.reanchored.series.gdpNominal[2025 - 2022]).toBeCloseTo(1900 * Math.pow(1.05 * 1.02, 3), 9);
    expect(r.targets.find((t) => t.id === 'gdpNominal')!.projected!).toBeCloseTo(1900 * Math.pow(1.05 * 1.02, 3), 9);
  });

  it('a cumulative target stays measured from 2020: 5.8% less energy per GDP by 2022 leaves ((1 - 13.5%) / (1 - 5.8%))^(1/3) - 1 a year', () => {
    // An exogenous intensity path of -2.9% a year (schemaVersion 1), so the 2025 reduction is 1 - 0.942 x 0.971^3 (in %).
    const scenario = resolved({ schemaVersion: 1, id: 'exo', name: { zh: '外生', en: 'Exogenous' }, baseYear: 2020, endYear: 2030, assumptions: { realGrowth: 0.05, deflator: 0.02, population: { growth: 0.02 }, energyIntensityChange: -0.029, co2IntensityChange: -0.029 } });
    const obs: Observation[] = [{ year: 2022, series: 'energyIntensityReduction', value: 5.8, key: 'energyIntensityChangeSinceBase', keyValue: -0.058, scale: -100, line: 2 }];
    const r = reviewActuals(plan, scenario, obs);
    const t = r.targets.find((x) => x.id === 'energyIntensityReduction')!;
    expect(t.requiredAnnualChange!).toBeCloseTo(Math.pow(0.865 / 0.942, 1 / 3) - 1, 12);
    expect(t.projected!).toBeCloseTo(100 * (1 - 0.942 * Math.pow(0.971, 3)), 9);
  });

  it('structural energy (sector mix): from an observed 2022 intensity the mix carries on as projected, and CO2 keeps its carbon content', () => {
    // historical-trend computes energy from the sector mix: with only energy observed, value added is as projected,
    // so the re-anchored index is 0.942 x I(2025) / I(2022) of the original projection; CO2 = energy x carbon per energy.
    const scenario = resolved('historical-trend');
    const p = project(plan, scenario);
    const obs: Observation[] = [{ year: 2022, series: 'energyIntensityReduction', value: 5.8, key: 'energyIntensityChangeSinceBase', keyValue: -0.058, scale: -100, line: 2 }];
    const r = reviewActuals(plan, scenario, obs);
    const I = p.series.energyIntensityIndex;
    expect(r.reanchored.series.energyIntensityIndex[3]).toBeCloseTo(0.942 * I[5] / I[2], 9);
    const carbonPerEnergy = (k: number) => p.series.co2IntensityIndex[k] / I[k];
    expect(r.reanchored.series.co2IntensityIndex[3]).toBeCloseTo(0.942 * I[5] / I[2] * carbonPerEnergy(5), 9);
    expect(r.targets.find((x) => x.id === 'energyIntensityReduction')!.projected!).toBeCloseTo(100 * (1 - 0.942 * I[5] / I[2]), 9);
  });

  it('observed shares and GDP give nominal value added; real GDP from observed growth; prices follow', () => {
    const scenario = resolved('historical-trend');
    const p = project(plan, scenario);
    const obs: Observation[] = [
      { year: 2021, series: 'gdpNominal', value: 1800, key: 'gdpNominal', keyValue: 1800, scale: 1, line: 2 },
      { year: 2021, series: 'shares.tertiary', value: 0.36, key: 'shares.tertiary', keyValue: 0.36, scale: 1, line: 3 },
      { year: 2021, series: 'realGrowth', value: 0.07, key: 'realGrowth', keyValue: 0.07, scale: 1, line: 4 },
    ];
    const a = reanchor(plan, scenario, obs);
    expect(a.plan.base.gdpYi).toBeCloseTo(1800, 9);
    expect(a.plan.base.valueAddedYi.tertiary).toBeCloseTo(648, 9);
    // Primary and secondary share the remaining 1,152 in their projected proportions.
    const pr = p.series.valueAddedNominal.primary[1], se = p.series.valueAddedNominal.secondary[1];
    expect(a.plan.base.valueAddedYi.primary).toBeCloseTo((1152 * pr) / (pr + se), 9);
    const q = project(a.plan, a.scenario);
    expect(q.series.gdpReal[0]).toBeCloseTo(1650 * 1.07, 9);
    expect(q.series.realGrowth[0]).toBeCloseTo(0.07, 12);
    expect(q.series.gdpDeflatorIndex[0]).toBeCloseTo(1800 / (1650 * 1.07), 12);
  });
});
