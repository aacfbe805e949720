/**
 * The linked model in whole scenarios: the population mode rules and messages, jobs mode in the
 * projection (checked against a hand-written recurrence), investment mode with jobs (labour = L(t-1)),
 * the plan's cluster data, and no NaN or Infinity anywhere in the valid domain (property).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { flattenSeries, project, resolveScenario, PlanpathError, baseEmployment, linkedDefaults, type ScenarioFile } from '../../engine/index';
import { defaultPlan as plan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';
import { fcParams, ratePath, scenarioArb } from '../arbitraries/scenario';

const lookup = (id: string) => builtinScenario(id);
const issuesOf = (file: unknown) => {
  try {
    resolveScenario(file, lookup, plan);
    return [];
  } catch (e) {
    if (e instanceof PlanpathError) return e.issues;
    throw e;
  }
};
const standAlone = (population: unknown, schemaVersion = 2): ScenarioFile =>
  ({ schemaVersion, id: 'jobs-test', name: { zh: '测试', en: 'Test' }, baseYear: 2020, endYear: 2030, assumptions: { realGrowth: 0.06, deflator: 0.02, population, energyIntensityChange: -0.03, co2IntensityChange: -0.03 } }) as unknown as ScenarioFile;
const jobs = { mode: 'jobs', productivityGrowth: { primary: 0.03, secondary: 0.06, tertiary: 0.04 }, adjustmentSpeed: 0.5 };

describe('population mode rules', () => {
  it('a file that states both growth and jobs fields is an error naming both fields, in both languages', () => {
    const issues = issuesOf(standAlone({ growth: 0.03, ...jobs }));
    const both = issues.find((i) => i.message.en.includes('assumptions.population.growth') && i.message.en.includes('assumptions.population.mode'));
    expect(both, JSON.stringify(issues)).toBeDefined();
    expect(both!.message.zh).toContain('assumptions.population.growth');
  });

  it('jobs mode needs schemaVersion 2', () => {
    const issues = issuesOf(standAlone(jobs, 1));
    expect(issues.some((i) => i.path === 'assumptions.population.mode' && i.message.en.includes('schemaVersion 2'))).toBe(true);
  });

  it('jobs mode without productivity growth or adjustment speed names the missing field', () => {
    const issues = issuesOf(standAlone({ mode: 'jobs' }));
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['assumptions.population.productivityGrowth', 'assumptions.population.adjustmentSpeed']));
  });

  it('bad values name the field, the value and the range: adjustment speed 0 and 1.5, workers per resident -1', () => {
    for (const [field, value] of [['adjustmentSpeed', 0], ['adjustmentSpeed', 1.5], ['workersPerResident', -1]] as const) {
      const issues = issuesOf(standAlone({ ...jobs, [field]: value }));
      const hit = issues.find((i) => i.path === `assumptions.population.${field}`);
      expect(hit, `${field} ${value}`).toBeDefined();
      expect(hit!.value).toBe(value);
      expect(hit!.allowed.en.length).toBeGreaterThan(5);
      expect(hit!.allowed.zh.length).toBeGreaterThan(2);
    }
  });

  it("a child that states growth replaces its jobs-mode parent's mode; one that states nothing inherits it", () => {
    const child = { schemaVersion: 1, id: 'child', name: { zh: '子', en: 'Child' }, extends: 'historical-trend', assumptions: { population: { growth: 0.02 } } };
    const exo = resolveScenario(child, lookup, plan);
    expect(exo.assumptions.population).toEqual({ growth: 0.02 });
    const inherit = resolveScenario({ ...child, assumptions: {} }, lookup, plan);
    expect(inherit.assumptions.population.mode).toBe('jobs');
  });

  it('cluster shares must name a cluster of the plan that takes a share', () => {
    const file = { ...standAlone(jobs), assumptions: { ...standAlone(jobs).assumptions, industry: { clusterShares: { autoCluster: 0.5, nope: 0.1 } } } };
    const paths = issuesOf(file).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['assumptions.industry.clusterShares.autoCluster', 'assumptions.industry.clusterShares.nope']));
  });
});

describe('jobs mode in the projection', () => {
  it('population follows the hand-written recurrence with base jobs from the proxies', () => {
    const p = project(plan, resolveScenario(standAlone(jobs), lookup, plan));
    const l0 = baseEmployment(plan);
    // Independent recurrence: L_s(t) = L_s(0) x ((1 + g) / (1 + p_s))^t with g = 6% in every sector.
    const prod = { primary: 0.03, secondary: 0.06, tertiary: 0.04 };
    const wpr = (l0.primary + l0.secondary + l0.tertiary) / plan.base.populationWan;
    let pop = plan.base.populationWan;
    for (let t = 1; t <= 10; t++) {
      const l = (['primary', 'secondary', 'tertiary'] as const).reduce((a, s) => a + l0[s] * Math.pow(1.06 / (1 + prod[s]), t), 0);
      pop = pop + 0.5 * (l / wpr - pop);
      expect(Math.abs(p.series.population[t] - pop) / pop).toBeLessThan(1e-12);
      expect(Math.abs(p.series.employment.total[t] - l) / l).toBeLessThan(1e-12);
    }
    expect(wpr).toBeCloseTo(linkedDefaults.WORKERS_PER_RESIDENT_PROXY, 12);
  });

  it('base jobs: 0.5316 x 48.1338 = 25.59 万 split by value added over national productivity (hand calculation)', () => {
    const l0 = baseEmployment(plan);
    const total = (75064 / 141212) * 48.1338;
    const w = { primary: 16.5 / (77754 / (75064 * 0.236)), secondary: 1088.5 / (384255 / (75064 * 0.287)), tertiary: 545 / (553977 / (75064 * 0.477)) };
    const sum = w.primary + w.secondary + w.tertiary;
    expect(l0.secondary).toBeCloseTo((total * w.secondary) / sum, 10);
    expect(l0.primary + l0.secondary + l0.tertiary).toBeCloseTo(25.587, 2);
  });

  it('investment mode with jobs: labour of year t is employment of year t-1 (Cobb-Douglas by hand for 2021 and 2022)', () => {
    const file = {
      schemaVersion: 2, id: 'inv-jobs', name: { zh: '投资就业', en: 'Investment and jobs' }, baseYear: 2020, endYear: 2023, growthMode: 'investment',
      investment: { method: 'cobb-douglas', amountYi: 800, capitalOutputRatio: 3, depreciation: 0.1, capitalShare: 0.4, tfpGrowth: 0.01, sectorShares: { primary: 0, secondary: 0.5, tertiary: 0.5 } },
      assumptions: { realGrowth: 0, deflator: 0, population: { mode: 'jobs', productivityGrowth: 0.05, adjustmentSpeed: 1 }, energyIntensityChange: 0, co2IntensityChange: 0 },
    };
    const p = project(plan, resolveScenario(file, lookup, plan));
    const y0 = 1650, k0 = 3 * y0, k1 = 0.9 * k0 + 800, k2 = 0.9 * k1 + 800;
    const l0 = baseEmployment(plan);
    const L0 = l0.primary + l0.secondary + l0.tertiary;
    const y1 = y0 * 1.01 * Math.pow(k1 / k0, 0.4); // labour L(0) / L(0) = 1
    const va1 = { primary: 16.5, secondary: 1088.5 + 0.5 * (y1 - y0), tertiary: 545 + 0.5 * (y1 - y0) };
    const prod0 = { primary: 16.5 / l0.primary, secondary: 1088.5 / l0.secondary, tertiary: 545 / l0.tertiary };
    const L1 = va1.primary / (prod0.primary * 1.05) + va1.secondary / (prod0.secondary * 1.05) + va1.tertiary / (prod0.tertiary * 1.05);
    const y2 = y0 * 1.01 * 1.01 * Math.pow(k2 / k0, 0.4) * Math.pow(L1 / L0, 0.6);
    expect(Math.abs(p.series.gdpReal[1] - y1) / y1).toBeLessThan(1e-12);
    expect(Math.abs(p.series.employment.total[1] - L1) / L1).toBeLessThan(1e-12);
    expect(Math.abs(p.series.gdpReal[2] - y2) / y2).toBeLessThan(1e-12);
  });

  it('no NaN or Infinity in any series for generated scenarios in jobs mode (property)', () => {
    const arb = scenarioArb([2021, 2035]).chain((f) => {
      const n = (f.endYear ?? 2035) - 2020;
      return fc.record({
        productivityGrowth: fc.oneof(ratePath(n, -0.1, 0.3), fc.record({ primary: ratePath(n, -0.1, 0.3), secondary: ratePath(n, -0.1, 0.3), tertiary: ratePath(n, -0.1, 0.3) })),
        adjustmentSpeed: fc.double({ min: 0.01, max: 1, noNaN: true }),
        workersPerResident: fc.option(fc.double({ min: 0.05, max: 5, noNaN: true }), { nil: undefined }),
      }).map((pop) => ({ ...f, schemaVersion: 2 as const, assumptions: { ...f.assumptions, population: { mode: 'jobs' as const, ...pop } } }));
    });
    fc.assert(fc.property(arb, (file) => {
      const p = project(plan, resolveScenario(file, lookup, plan));
      for (const [path, values] of flattenSeries(p.series)) for (const v of values) expect(Number.isFinite(v), path).toBe(true);
    }), fcParams());
  });
});

describe("the plan's industry clusters", () => {
  const text = readFileSync(new URL('../../data/plans/wuhan-etdz-14th/source/plan.zh.txt', import.meta.url), 'utf8');
  const clusters = plan.industry!.clusters;

  it("quotes each cluster's target in the plan's own words, and links it to its indicator", () => {
    for (const c of clusters) {
      expect(text.includes(c.source.quote), `${c.id}: quote not in the plan`).toBe(true);
      const ind = plan.indicators.find((i) => i.id === c.indicatorId);
      expect(ind?.model?.series, c.id).toBe(`clusterOutput.${c.id}`);
      expect(c.reason.zh.length > 10 && c.reason.en.length > 10, c.id).toBe(true);
    }
  });

  it('top-level shares are the proportions of the six manufacturing targets (sum 1), nesting and sums as stated', () => {
    const top = clusters.filter((c) => !c.within && !c.sumOf);
    expect(top.reduce((a, c) => a + c.share!, 0)).toBeCloseTo(1, 12);
    expect(clusters.find((c) => c.id === 'automotive')!.share).toBeCloseTo(5000 / 7900, 12);
    expect(clusters.find((c) => c.id === 'nevIcv')!.within).toBe('automotive');
    expect(clusters.find((c) => c.id === 'autoCluster')!.sumOf).toEqual(['automotive', 'autoAftermarket']);
  });

  it('industrial output is 2972 亿元 in 2020 and every cluster target is met together exactly at 7,900 亿元 of output', () => {
    const p = project(plan, resolveScenario(builtinScenario('historical-trend'), lookup, plan));
    expect(p.series.industrialOutput![0]).toBeCloseTo(2972, 9);
    // At output X every top-level cluster is share x X = target x X / 7900, so all meet their targets at X = 7900.
    expect(p.series.clusterOutput!.automotive[0]).toBeCloseTo((5000 / 7900) * 2972, 9);
    expect(p.series.clusterOutput!.autoCluster[0]).toBeCloseTo(1.2 * (5000 / 7900) * 2972, 9);
  });
});
