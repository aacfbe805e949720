/**
 * The investment growth mode's equations: capital accumulation, Cobb-Douglas and ICOR output, the
 * sector split, and the sectoral equivalent. Closed forms are written in each test.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { accumulateCapital, cobbDouglasOutput, flattenSeries, icorOutput, programmeSummary, project, scenarioInvestmentPath, sectoralEquivalent, splitBySector } from '../../engine/index';
import { fcParams } from '../arbitraries/scenario';
import { cobbDouglas, investmentScenario, plan } from './helpers';

const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

describe('capital accumulation', () => {
  it('investment equal to depreciation keeps capital constant: I = delta K0 every year gives K(t) = K0 (property)', () => {
    fc.assert(fc.property(positive(1, 1e5), positive(0, 0.5), fc.integer({ min: 1, max: 30 }), (k0, delta, years) => {
      const k = accumulateCapital(k0, new Array(years).fill(delta * k0), new Array(years).fill(delta));
      for (const x of k) expect(Math.abs(x - k0) / k0).toBeLessThan(1e-12);
    }), fcParams());
  });

  it('n years of constant I and delta give K(n) = (1 - delta)^n K0 + I (1 - (1 - delta)^n) / delta (property)', () => {
    fc.assert(fc.property(positive(1, 1e5), positive(0.01, 0.5), positive(0, 1e4), fc.integer({ min: 1, max: 30 }), (k0, delta, inv, n) => {
      const k = accumulateCapital(k0, new Array(n).fill(inv), new Array(n).fill(delta));
      const closed = Math.pow(1 - delta, n) * k0 + (inv * (1 - Math.pow(1 - delta, n))) / delta;
      expect(Math.abs(k[n] - closed) / closed).toBeLessThan(1e-10);
    }), fcParams());
  });

  it('the steady state of a whole scenario: investment = delta K0 and no TFP or labour growth keep real GDP at its base', () => {
    // K0 = 3 x 1650 = 4950; I = 0.05 x 4950 = 247.5 a year; population flat, so Y stays 1650.
    const s = investmentScenario({ method: 'cobb-douglas', amountYi: 247.5, capitalOutputRatio: 3, depreciation: 0.05, capitalShare: 0.4, tfpGrowth: 0, employmentRate: 0.6 }, 2030, { assumptions: { realGrowth: 0.05, deflator: 0, population: { growth: 0 }, energyIntensityChange: 0, co2IntensityChange: 0 } });
    const path = scenarioInvestmentPath(plan, s)!;
    for (const k of path.capitalStockYi) expect(k).toBeCloseTo(4950, 9);
    for (const y of project(plan, s).series.gdpReal) expect(y).toBeCloseTo(1650, 9);
  });
});

describe('output: Cobb-Douglas and ICOR', () => {
  it('agree exactly when alpha = 1, TFP growth 0, depreciation 0 and ICOR = K0 / Y0 (Y = A K, so dY = A I = I / ICOR) (property)', () => {
    fc.assert(fc.property(positive(100, 1e4), positive(0.5, 6), fc.array(positive(0, 2000), { minLength: 1, maxLength: 20 }), fc.array(positive(0.2, 2), { minLength: 21, maxLength: 21 }), (y0, ratio, investment, labour) => {
      const k0 = ratio * y0;
      const k = accumulateCapital(k0, investment, investment.map(() => 0));
      const cd = cobbDouglasOutput(y0, k, labour.slice(0, k.length), 1, investment.map(() => 0)).gdpReal;
      const icor = icorOutput(y0, investment, investment.map(() => ratio));
      cd.forEach((v, t) => expect(Math.abs(v - icor[t]) / icor[t]).toBeLessThan(1e-12));
    }), fcParams());
  });

  it('the same agreement holds for whole scenarios: method icor and cobb-douglas project the same GDP', () => {
    const common = { amountYi: [800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700], capitalOutputRatio: 2.5, depreciation: 0 };
    const cd = project(plan, investmentScenario({ method: 'cobb-douglas', ...common, capitalShare: 1, tfpGrowth: 0, employmentRate: 0.6 }));
    const ic = project(plan, investmentScenario({ method: 'icor', ...common, icor: 2.5 }));
    for (const [path, values] of flattenSeries(cd.series)) {
      const other = flattenSeries(ic.series).find(([p]) => p === path)![1];
      values.forEach((v, t) => expect(Math.abs(v - other[t]) / Math.max(1, Math.abs(other[t])), `${path}[${t}]`).toBeLessThan(1e-12));
    }
  });

  it('Cobb-Douglas growth accounting: ln(Y1/Y0) = ln(1 + a) + alpha ln(K1/K0) + (1 - alpha) ln(L1/L0) (property)', () => {
    fc.assert(fc.property(positive(0.1, 0.9), positive(-0.05, 0.1), positive(1000, 1e4), positive(0, 3000), positive(0.8, 1.3), (alpha, a, k0, inv, labourRatio) => {
      const k = accumulateCapital(k0, [inv], [0.05]);
      const y = cobbDouglasOutput(1650, k, [1, labourRatio], alpha, [a]).gdpReal;
      expect(Math.log(y[1] / y[0])).toBeCloseTo(Math.log(1 + a) + alpha * Math.log(k[1] / k0) + (1 - alpha) * Math.log(labourRatio), 12);
    }), fcParams());
  });
});

describe('sectors', () => {
  it('the split keeps the sum equal to GDP and sends added output where the shares say (property)', () => {
    fc.assert(fc.property(fc.array(positive(1000, 3000), { minLength: 2, maxLength: 10 }), positive(0, 1), positive(0, 1), (gdp, a, b) => {
      const shares = { primary: a * (1 - b), secondary: (1 - a) * (1 - b), tertiary: b };
      const base = { primary: 0.01 * gdp[0], secondary: 0.66 * gdp[0], tertiary: 0.33 * gdp[0] };
      const { valueAddedReal } = splitBySector(base, gdp, shares);
      gdp.forEach((y, t) => expect(Math.abs(valueAddedReal.primary[t] + valueAddedReal.secondary[t] + valueAddedReal.tertiary[t] - y) / y).toBeLessThan(1e-12));
      for (let t = 1; t < gdp.length; t++) if (gdp[t] >= gdp[t - 1]) expect(valueAddedReal.tertiary[t] - valueAddedReal.tertiary[t - 1]).toBeCloseTo(b * (gdp[t] - gdp[t - 1]), 6);
      for (const s of ['primary', 'secondary', 'tertiary'] as const) for (const v of valueAddedReal[s]) expect(v).toBeGreaterThan(0);
    }), fcParams());
  });

  it("the Wuhan programme: 12,057 亿元 over 2021-2025, output 2.5% primary, 32.7% secondary, 64.8% tertiary", () => {
    const p = programmeSummary(plan)!;
    expect(p.totalYi).toBe(2945 + 4060 + 3326 + 544 + 601 + 581);
    expect(p.perYearYi).toBeCloseTo(12057 / 5, 12);
    // Hand calculation from the domain weights in plan.json:
    //   primary   = 0.5 x 601 = 300.5;  secondary = 2945 + 0.3 x 3326 = 3942.8;  tertiary = the rest = 7813.7.
    expect(p.sectorShares.primary).toBeCloseTo(300.5 / 12057, 12);
    expect(p.sectorShares.secondary).toBeCloseTo(3942.8 / 12057, 12);
    expect(p.sectorShares.tertiary).toBeCloseTo(7813.7 / 12057, 12);
  });

  it('the sectoral equivalent of an investment-mode scenario projects the same (1e-12)', () => {
    const s = investmentScenario(cobbDouglas, 2035);
    const a = project(plan, s);
    const b = project(plan, sectoralEquivalent(plan, s));
    for (const [path, values] of flattenSeries(a.series)) {
      const other = flattenSeries(b.series).find(([p]) => p === path)![1];
      values.forEach((v, t) => expect(Math.abs(v - other[t]) / Math.max(1, Math.abs(other[t])), `${path}[${t}]`).toBeLessThan(1e-12));
    }
  });

  it('80% of the programme: 12,057 亿元 x 0.8 / 5 = 1,929.12 亿元 a year; K0 = 3 x 1,650 = 4,950', () => {
    const path = scenarioInvestmentPath(plan, investmentScenario(cobbDouglas))!;
    expect(path.investmentYi[1]).toBeCloseTo((0.8 * 12057) / 5, 9);
    expect(path.capitalStockYi[0]).toBeCloseTo(4950, 9);
    // K(2021) = (1 - 0.096) x 4950 + 1929.12
    expect(path.capitalStockYi[1]).toBeCloseTo(0.904 * 4950 + 1929.12, 9);
  });
});
