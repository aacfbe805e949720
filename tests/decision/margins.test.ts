/**
 * Margins of safety against closed forms (constant levers, n = 5 years from 2020):
 *   GDP via real growth with a common 2% deflator: g = (target / (GDP0 x 1.02^n))^(1/n) - 1
 *   GDP via the deflator with common 5% real growth: d = (target / (GDP0 x 1.05^n))^(1/n) - 1
 *   population via its growth: p = (target / pop0)^(1/n) - 1
 * Margins are current - breakeven for ">=" targets rising with the lever (positive = safe). Tolerance 1e-9.
 */
import { describe, it, expect } from 'vitest';
import { margins, falsePosition, findDecisionLever } from '../../engine/index';
import { samplePlan, scenarioOf } from './helpers';

const plan = samplePlan;

describe('margins', () => {
  const s = scenarioOf(plan); // realGrowth 5%, deflator 2%, population growth 2%
  const r = margins(plan, s);
  const row = (target: string, lever: string) => r.rows.find((x) => x.target === target && x.lever === lever)!;

  it('GDP 300 in 2025 by real growth: (300 / (200 x 1.02^5))^(1/5) - 1', () => {
    const g = Math.pow(300 / (200 * Math.pow(1.02, 5)), 1 / 5) - 1;
    const x = row('gdpNominal', 'realGrowth');
    expect(x.breakeven!).toBeCloseTo(g, 9);
    expect(x.current).toBeCloseTo(0.05, 15);
    expect(x.margin!).toBeCloseTo(0.05 - g, 9);
    expect(x.margin!).toBeLessThan(0); // 5% is short of the 6.4% GDP 300 needs
  });

  it('GDP 300 in 2025 by the deflator: (300 / (200 x 1.05^5))^(1/5) - 1', () => {
    const d = Math.pow(300 / (200 * Math.pow(1.05, 5)), 1 / 5) - 1;
    expect(row('gdpNominal', 'deflator').breakeven!).toBeCloseTo(d, 9);
  });

  it('the population range 41-45 by population growth: the nearer bound, safe inside', () => {
    const x = row('population', 'population.growth');
    const toMax = Math.pow(45 / 40, 1 / 5) - 1, toMin = Math.pow(41 / 40, 1 / 5) - 1;
    // 2% a year gives 44.16, inside; the nearer bound is 45 (2.39% a year).
    expect(x.breakeven!).toBeCloseTo(toMax, 9);
    expect(x.margin!).toBeCloseTo(toMax - 0.02, 9);
    expect(toMin).toBeLessThan(0.02);
  });

  it('a lever that does not move a target says so', () => {
    const x = row('gdpNominal', 'population.growth');
    expect(x.breakeven).toBeNull();
    expect(x.reason!.en).toBe('this lever does not move this target');
  });

  it('out of reach inside user bounds gives null and the range reached', () => {
    const one = margins(plan, s, { levers: [{ lever: findDecisionLever('realGrowth'), lo: 0, hi: 0.03 }], targets: ['gdpNominal'] });
    expect(one.rows[0].breakeven).toBeNull();
    expect(one.rows[0].reason!.en).toMatch(/^not reachable in \[0\.00%, 3\.00%\]/);
  });

  it('false position finds a root of a cubic to 1e-12', () => {
    const f = (x: number) => x * x * x - 2;
    expect(falsePosition(f, 0, 2, f(0), f(2), 1e-14)).toBeCloseTo(Math.cbrt(2), 12);
  });
});
