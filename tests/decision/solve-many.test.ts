/**
 * What it takes: square systems solved exactly against closed forms, least squares when over-determined
 * (the gradient vanishes at the compromise), the closest solution when under-determined (checked by an
 * independent one-dimensional search along the constraint), bounds named when they bind, and failures as
 * sentences. Tolerances: exact solutions 1e-9 relative; the independent minimum 1e-6.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isPlanpathError, parseLeverSpec, project, solveMany, findDecisionLever, type ResolvedScenario } from '../../engine/index';
import { samplePlan, scenarioOf, wuhan, builtin } from './helpers';

const plan = samplePlan;
const spec = (s: ResolvedScenario, text: string) => parseLeverSpec(text, s, 'constant');

describe('solve: several targets at once', () => {
  it('square: secondary and tertiary growth for GDP 300 and services 55% match the closed form', () => {
    const s = scenarioOf(plan, { realGrowth: { primary: 0.03, secondary: 0.05, tertiary: 0.05 } });
    const r = solveMany(plan, s, [{ output: 'gdpNominal', year: 2025, value: 300 }, { output: 'shares.tertiary', year: 2025, value: 0.55 }], [spec(s, 'realGrowth.secondary'), spec(s, 'realGrowth.tertiary')]);
    // By hand: P(2025) = 1.02^5; tertiary VA = 0.55 x 300 = 165; secondary VA = 300 - 165 - primary.
    const P = Math.pow(1.02, 5);
    const primary = 20 * Math.pow(1.03, 5) * P;
    const gT = Math.pow(165 / (100 * P), 1 / 5) - 1;
    const gS = Math.pow((300 - 165 - primary) / (80 * P), 1 / 5) - 1;
    expect(r.method).toBe('newton');
    expect(r.exact).toBe(true);
    expect(r.levers[0].value).toBeCloseTo(gS, 9);
    expect(r.levers[1].value).toBeCloseTo(gT, 9);
    r.achieved.forEach((a) => expect(a.relativeError).toBeLessThan(1e-9));
  });

  it('over-determined: one lever for two targets gives the least-squares compromise and says so', () => {
    const s = scenarioOf(plan);
    const targets = [{ output: 'gdpNominal', year: 2025, value: 300 }, { output: 'shares.tertiary', year: 2025, value: 0.7 }];
    const r = solveMany(plan, s, targets, [spec(s, 'realGrowth.tertiary')]);
    expect(r.method).toBe('least-squares');
    expect(r.exact).toBe(false);
    expect(r.residuals).toHaveLength(2);
    expect(r.notes.some((n) => /Not all targets can be met/.test(n.en) && /无法同时达到/.test(n.zh))).toBe(true);
    // Independent check: the sum of squared relative misses is smallest at the solution (neighbours are worse).
    const lever = findDecisionLever('realGrowth.tertiary');
    const ss = (v: number) => { const p = project(plan, lever.apply(s, v, 'constant')); return ((p.series.gdpNominal[5] - 300) / 300) ** 2 + ((p.series.shares.tertiary[5] - 0.7) / 0.7) ** 2; };
    const x = r.levers[0].value;
    expect(ss(x)).toBeLessThanOrEqual(ss(x + 1e-4));
    expect(ss(x)).toBeLessThanOrEqual(ss(x - 1e-4));
  });

  it('under-determined: one target, two levers: the solution closest to the current values (independent line search)', () => {
    const s = scenarioOf(plan, { realGrowth: { primary: 0.03, secondary: 0.04, tertiary: 0.06 } });
    const r = solveMany(plan, s, [{ output: 'gdpNominal', year: 2025, value: 320 }], [spec(s, 'realGrowth.secondary'), spec(s, 'realGrowth.tertiary')]);
    expect(r.method).toBe('minimum-change');
    expect(r.exact).toBe(true);
    // Reference: for each secondary growth a, the tertiary growth b(a) meeting GDP by bisection; minimise distance by golden section.
    const sec = findDecisionLever('realGrowth.secondary'), ter = findDecisionLever('realGrowth.tertiary');
    const gdp = (a: number, b: number) => project(plan, ter.apply(sec.apply(s, a, 'constant'), b, 'constant')).series.gdpNominal[5];
    const bOf = (a: number) => { let lo = -0.5, hi = 1; for (let i = 0; i < 80; i++) { const m = (lo + hi) / 2; if (gdp(a, m) < 320) lo = m; else hi = m; } return (lo + hi) / 2; };
    const dist = (a: number) => (a - 0.04) ** 2 + (bOf(a) - 0.06) ** 2;
    let lo = 0.04, hi = 0.2;
    const g = (Math.sqrt(5) - 1) / 2;
    for (let i = 0; i < 60; i++) { const a1 = hi - g * (hi - lo), a2 = lo + g * (hi - lo); if (dist(a1) < dist(a2)) hi = a2; else lo = a1; }
    expect(r.levers[0].value).toBeCloseTo((lo + hi) / 2, 6);
    expect(r.levers[1].value).toBeCloseTo(bOf((lo + hi) / 2), 6);
  });

  it('bounds: a binding upper bound is named, and the result stays inside it', () => {
    const s = scenarioOf(plan);
    const r = solveMany(plan, s, [{ output: 'gdpNominal', year: 2025, value: 300 }, { output: 'shares.tertiary', year: 2025, value: 0.6 }], [spec(s, 'realGrowth.secondary'), spec(s, 'realGrowth.tertiary=0:0.08')]);
    expect(r.levers[1].value).toBeLessThanOrEqual(0.08);
    expect(r.binding).toEqual([{ lever: 'realGrowth.tertiary', bound: 'upper', value: 0.08 }]);
    expect(r.exact).toBe(false);
    expect(r.notes.some((n) => /upper bound/.test(n.en))).toBe(true);
  });

  it('the closest pair is really the closest: GDP is met when the share cannot move (historical-trend, realGrowth + deflator)', () => {
    const s = builtin('historical-trend');
    const r = solveMany(wuhan, s, [{ output: 'gdpNominal', year: 2025, value: 4000 }, { output: 'shares.tertiary', year: 2025, value: 0.5 }], [spec(s, 'realGrowth'), spec(s, 'deflator')]);
    const own = project(wuhan, s).series.gdpNominal[5];
    expect(Math.abs(r.achieved[0].achieved - 4000)).toBeLessThan(Math.abs(own - 4000));
    expect(r.achieved[0].relativeError).toBeLessThan(1e-9);
    expect(r.exact).toBe(false);
  });

  it('a lever that moves no target is refused with a sentence in both languages', () => {
    const s = scenarioOf(plan);
    try {
      solveMany(plan, s, [{ output: 'gdpNominal', year: 2025, value: 300 }], [spec(s, 'population.growth')]);
      expect.unreachable();
    } catch (error) {
      expect(isPlanpathError(error)).toBe(true);
      const msg = (error as { issues: { message: { en: string; zh: string } }[] }).issues[0].message;
      expect(msg.en).toMatch(/^Population growth does not change .* in this model; choose another lever\.$/);
      expect(msg.zh).toMatch(/人口增长率不影响.*请选择其他杠杆/);
    }
  });

  it('property: targets made by known lever values are met again (round trip within 1e-9)', () => {
    const s = scenarioOf(plan);
    const sec = findDecisionLever('realGrowth.secondary'), ter = findDecisionLever('realGrowth.tertiary');
    fc.assert(fc.property(fc.double({ min: -0.02, max: 0.2, noNaN: true }), fc.double({ min: -0.02, max: 0.2, noNaN: true }), (a, b) => {
      const p = project(plan, ter.apply(sec.apply(s, a, 'constant'), b, 'constant'));
      const targets = [{ output: 'gdpNominal', year: 2026, value: p.series.gdpNominal[6] }, { output: 'shares.tertiary', year: 2026, value: p.series.shares.tertiary[6] }];
      const r = solveMany(plan, s, targets, [spec(s, 'realGrowth.secondary'), spec(s, 'realGrowth.tertiary')]);
      expect(r.exact).toBe(true);
      expect(r.levers[0].value).toBeCloseTo(a, 7);
      expect(r.levers[1].value).toBeCloseTo(b, 7);
    }), { numRuns: 25 });
  });
});
