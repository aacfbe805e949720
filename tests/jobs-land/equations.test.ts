/**
 * The linked model's equations against independent references written in each test: closed forms,
 * hand calculations, and properties (fast-check) for the invariants the model promises.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { projectJobs, type JobsInput } from '../../engine/model/jobs';
import { projectLand } from '../../engine/model/land';
import { impliedInvestment } from '../../engine/model/implied-investment';
import { clusterOutputs, industrialOutput } from '../../engine/model/industry-output';
import { disposableIncome } from '../../engine/model/income';
import type { IndustryCluster } from '../../engine/plan/plan-types';
import { fcParams } from '../arbitraries/scenario';

type Sectors<T> = { primary: T; secondary: T; tertiary: T };
const each = <T>(v: T): Sectors<T> => ({ primary: v, secondary: v, tertiary: v });
const grow = (start: number, g: number, years: number) => Array.from({ length: years + 1 }, (_, t) => start * Math.pow(1 + g, t));
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

describe('jobs drive population', () => {
  it('adjustment speed 1, equal growth g and productivity growth p, workers per resident left out: pop(t) = pop0 ((1+g)/(1+p))^t (property)', () => {
    fc.assert(fc.property(num(-0.1, 0.3), num(-0.05, 0.2), fc.integer({ min: 1, max: 30 }), num(1, 500), (g, p, years, pop0) => {
      const va = { primary: grow(10, g, years), secondary: grow(600, g, years), tertiary: grow(300, g, years) };
      const input: JobsInput = { baseEmploymentWan: { primary: 1, secondary: 15, tertiary: 9 }, basePopulationWan: pop0, productivityGrowth: each(new Array(years).fill(p)), adjustmentSpeed: 1 };
      const out = projectJobs(va, input);
      for (let t = 0; t <= years; t++) {
        const closed = pop0 * Math.pow((1 + g) / (1 + p), t);
        expect(Math.abs(out.population[t] - closed) / closed).toBeLessThan(1e-10);
      }
    }), fcParams());
  });

  it('adjustment speed 0.5 by hand: jobs double, population closes half the gap each year', () => {
    // L0 = 10, pop0 = 20 (workers per resident 0.5); VA doubles in year 1 and stays; no productivity growth.
    // Year 1: L = 20, P* = 40, pop = 20 + 0.5 (40 - 20) = 30. Year 2: P* = 40, pop = 30 + 0.5 (40 - 30) = 35.
    const va = { primary: [1, 2, 2], secondary: [5, 10, 10], tertiary: [4, 8, 8] };
    const out = projectJobs(va, { baseEmploymentWan: { primary: 1, secondary: 5, tertiary: 4 }, basePopulationWan: 20, productivityGrowth: each([0, 0]), adjustmentSpeed: 0.5 });
    expect(out.employment).toEqual([10, 20, 20]);
    expect(out.populationSupportedByJobs).toEqual([20, 40, 40]);
    expect(out.population).toEqual([20, 30, 35]);
    expect(out.workersPerResident).toBe(0.5);
  });

  it('a given workers-per-resident ratio that differs from L0 / pop0 moves population from the first year', () => {
    // L0 = 10, pop0 = 20, no growth; ratio 0.4 gives P* = 25 every year: pop(1) = 20 + 1 x (25 - 20) = 25.
    const va = { primary: [1, 1], secondary: [5, 5], tertiary: [4, 4] };
    const out = projectJobs(va, { baseEmploymentWan: { primary: 1, secondary: 5, tertiary: 4 }, basePopulationWan: 20, productivityGrowth: each([0]), workersPerResident: 0.4, adjustmentSpeed: 1 });
    expect(out.population[1]).toBeCloseTo(25, 12);
  });

  it('higher productivity growth never raises population (property)', () => {
    fc.assert(fc.property(num(-0.1, 0.3), num(-0.05, 0.15), num(0, 0.1), fc.integer({ min: 1, max: 20 }), num(0.05, 1), fc.constantFrom('primary', 'secondary', 'tertiary'), (g, p, extra, years, speed, sector) => {
      const va = { primary: grow(16.5, g, years), secondary: grow(1088.5, g * 1.2, years), tertiary: grow(545, g * 0.8, years) };
      const base = { baseEmploymentWan: { primary: 1, secondary: 15.6, tertiary: 9 }, basePopulationWan: 48.13, adjustmentSpeed: speed };
      const low = projectJobs(va, { ...base, productivityGrowth: each(new Array(years).fill(p)) });
      const rates = each(new Array(years).fill(p));
      rates[sector as keyof typeof rates] = new Array(years).fill(p + extra);
      const high = projectJobs(va, { ...base, productivityGrowth: rates });
      for (let t = 0; t <= years; t++) expect(high.population[t]).toBeLessThanOrEqual(low.population[t] * (1 + 1e-12));
    }), fcParams());
  });
});

describe('construction land', () => {
  it('by hand: 80 m2 x 50 万人 = 40 km2 plus 1000 亿元 / 20 亿元 per km2 = 50 km2; density rising 10% cuts industrial land to 50 / 1.1', () => {
    const out = projectLand([50, 50], [1000, 1000], { nonIndustrialM2PerResident: 80, industrialValueAddedYiPerKm2: 20, industrialDensityChange: [0.1] });
    expect(out.nonIndustrialLandKm2[0]).toBeCloseTo(40, 12);
    expect(out.industrialLandKm2[0]).toBeCloseTo(50, 12);
    expect(out.constructionLandKm2[0]).toBeCloseTo(90, 12);
    expect(out.industrialLandKm2[1]).toBeCloseTo(50 / 1.1, 12);
  });

  it('faster secondary growth never lowers industrial land (property)', () => {
    fc.assert(fc.property(num(-0.2, 0.3), num(0, 0.2), fc.integer({ min: 1, max: 20 }), num(-0.1, 0.1), (g, extra, years, densityChange) => {
      const input = { nonIndustrialM2PerResident: 80, industrialValueAddedYiPerKm2: 20, industrialDensityChange: new Array(years).fill(densityChange) };
      const pop = new Array(years + 1).fill(50);
      const slow = projectLand(pop, grow(1088.5, g, years), input);
      const fast = projectLand(pop, grow(1088.5, g + extra, years), input);
      for (let t = 0; t <= years; t++) expect(fast.industrialLandKm2[t]).toBeGreaterThanOrEqual(slow.industrialLandKm2[t] * (1 - 1e-12));
    }), fcParams());
  });
});

describe('implied investment', () => {
  it('by hand: ICORs 5, 4, 6 on increases of 0, 10 and 5 亿元 imply 0 + 40 + 30 = 70 亿元; a shrinking sector implies none', () => {
    const va = { primary: [1, 1, 0.5], secondary: [100, 110, 121], tertiary: [50, 55, 50] };
    const out = impliedInvestment(va, { icor: { primary: 5, secondary: 4, tertiary: 6 }, depreciation: 0, capitalOutputRatio: 3 });
    expect(out.perYearYi).toEqual([0, 70, 44]);
    expect(out.cumulativeYi).toEqual([0, 70, 114]);
  });

  it('replacement: delta K(t-1) with K0 = 3 x GDP0 = 300 and delta 0.1 adds 30 in year 1 and 0.1 x (300 + 40) = 34 in year 2', () => {
    const va = { primary: [0, 0, 0], secondary: [100, 110, 110], tertiary: [0, 0, 0] };
    const out = impliedInvestment(va, { icor: each(4), depreciation: 0.1, capitalOutputRatio: 3 });
    expect(out.perYearYi[1]).toBeCloseTo(40 + 30, 12);
    expect(out.perYearYi[2]).toBeCloseTo(0 + 34, 12);
  });

  it('is zero when growth is zero, without replacement (property)', () => {
    fc.assert(fc.property(num(0, 1e4), num(0, 1e4), num(0, 1e4), fc.integer({ min: 1, max: 30 }), num(0, 50), (a, b, c, years, icor) => {
      const va = { primary: grow(a, 0, years), secondary: grow(b, 0, years), tertiary: grow(c, 0, years) };
      const out = impliedInvestment(va, { icor: each(icor), depreciation: 0, capitalOutputRatio: 3 });
      expect(out.perYearYi.every((v) => v === 0)).toBe(true);
    }), fcParams());
  });
});

describe('industrial output and clusters', () => {
  const clusters: IndustryCluster[] = [
    { id: 'auto', indicatorId: 'a', label: { zh: '', en: '' }, share: 0.5, measure: { zh: '', en: '' }, reason: { zh: '', en: '' }, source: { chapter: '', quote: '' } },
    { id: 'nev', indicatorId: 'b', label: { zh: '', en: '' }, share: 0.6, within: 'auto', measure: { zh: '', en: '' }, reason: { zh: '', en: '' }, source: { chapter: '', quote: '' } },
    { id: 'after', indicatorId: 'c', label: { zh: '', en: '' }, share: 0.2, within: 'auto', measure: { zh: '', en: '' }, reason: { zh: '', en: '' }, source: { chapter: '', quote: '' } },
    { id: 'cluster', indicatorId: 'd', label: { zh: '', en: '' }, sumOf: ['auto', 'after'], measure: { zh: '', en: '' }, reason: { zh: '', en: '' }, source: { chapter: '', quote: '' } },
  ];

  it("base year: the plan's secondary value added over its ratio gives back 2972; a 1% yearly ratio drift divides by 1.01^t", () => {
    const out = industrialOutput([1088.5, 1100, 1200], 1088.5 / 2972, [0.01, 0.01]);
    expect(out[0]).toBeCloseTo(2972, 9);
    expect(out[2]).toBeCloseTo(1200 / ((1088.5 / 2972) * 1.01 * 1.01), 9);
  });

  it('nesting and sums by hand: 1000 of output, automotive 50% = 500, NEV 60% of it = 300, aftermarket 20% = 100, cluster 600', () => {
    const out = clusterOutputs([1000], clusters);
    expect(out).toEqual({ auto: [500], nev: [300], after: [100], cluster: [600] });
    expect(clusterOutputs([1000], clusters, { auto: 0.4 }).cluster).toEqual([480]);
  });
});

describe('disposable income', () => {
  it('elasticity 1: the index is real GDP per resident relative to the base; the gap is income growth minus GDP growth', () => {
    // GDP 100 -> 121 over two years (10% a year), population 10 -> 11 (per resident 10 -> 11: 4.88% a year).
    const out = disposableIncome([100, 110, 121], [10, 10.5, 11], 1);
    expect(out.index[2]).toBeCloseTo(11 / 10, 12);
    expect(out.growthGapToGdp[2]).toBeCloseTo(Math.sqrt(1.1) - 1.1, 12);
  });

  it('elasticity 0.5 by hand: per-resident growth 10% raises income 5%', () => {
    expect(disposableIncome([100, 110], [10, 10], 0.5).index[1]).toBeCloseTo(1.05, 12);
  });
});
