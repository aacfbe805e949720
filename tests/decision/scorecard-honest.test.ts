/**
 * The scorecard says what it knows: only model and scenario-path rows are met / at risk / missed; rows on an
 * assumed path are "assumed"; the rest "not assessed". Shares change by percentage points. One at-risk rule.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AT_RISK_SHARE, isAtRisk, project, resolveScenario, summarizeScorecard } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';

const plan = defaultPlan;
const run = (id: string) => project(plan, resolveScenario(builtinScenario(id), (x) => builtinScenario(x), plan));

describe('an honest scorecard', () => {
  it('historical-trend: no default-path or held row is met; each row states its basis', () => {
    const p = run('historical-trend');
    for (const t of p.targets) {
      if (t.basis === 'default-path' || t.basis === 'held-at-base') expect(t.status, t.id).toBe('assumed');
      if (t.basis === 'none') expect(t.status, t.id).toBe('not-assessed');
      if (t.status === 'met' || t.status === 'missed' || t.status === 'at-risk') expect(['model', 'scenario-path'], t.id).toContain(t.basis);
    }
    const s = summarizeScorecard(p.targets);
    expect(s.met + s.atRisk + s.missed + s.assumed + s.notAssessed).toBe(p.targets.length);
    expect(s.assessed).toBe(p.targets.filter((t) => t.basis === 'model').length);
    // GDP 4,000 亿元 is missed by far on the historical trend; ten plan rows follow their own straight path.
    expect(p.targets.find((t) => t.id === 'gdpNominal')!.status).toBe('missed');
    expect(s.assumed).toBeGreaterThanOrEqual(10);
    expect(s.text.en).toBe(`${s.met} of ${s.assessed} modelled targets met, ${s.atRisk} at risk, ${s.missed} missed; ${s.assumed} assumed (on an assumed path, not tested); ${s.notAssessed} not assessed`);
    expect(s.text.zh.startsWith(`${s.assessed} 项模型测算目标中 ${s.met} 项达成`)).toBe(true);
  });

  it('a share going from 33% to 50% in five years needs +3.4 percentage points a year, not +8.65%', () => {
    const t = run('historical-trend').targets.find((x) => x.id === 'servicesShareOfGdp')!;
    expect(t.changeKind).toBe('points');
    // (50 - 33.0303) / 5 by hand: base share 545 / 1650 = 33.0303%
    expect(t.requiredAnnualChange!).toBeCloseTo((50 - (545 / 1650) * 100) / 5, 10);
    expect(t.requiredAnnualChange!).toBeCloseTo(3.39, 2);
    const gdp = run('historical-trend').targets.find((x) => x.id === 'gdpNominal')!;
    expect(gdp.changeKind).toBe('relative');
    expect(gdp.requiredAnnualChange!).toBeCloseTo(Math.pow(4000 / 1650, 0.2) - 1, 12);
  });

  it('at risk: missed by at most 5% of the target (hand cases), for the CLI and the app alike', () => {
    expect(AT_RISK_SHARE).toBe(0.05);
    expect(isAtRisk(-150, '>=', 4000)).toBe(true); // 3.75%
    expect(isAtRisk(-200, '>=', 4000)).toBe(true); // exactly 5%
    expect(isAtRisk(-201, '>=', 4000)).toBe(false);
    expect(isAtRisk(0.5, 'range', 43, 41, 45)).toBe(true); // 0.5 above 45: 1.1%
    expect(isAtRisk(-3, 'range', 43, 41, 45)).toBe(false); // 3 below 41: 7.3%
  });

  it('property: a modelled row is at risk exactly when it is missed within 5% of the target', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 0.3, noNaN: true }), (g) => {
      const s = builtinScenario('historical-trend') as unknown as Record<string, unknown>;
      const p = project(plan, resolveScenario({ ...s, id: 'x', assumptions: { ...(s.assumptions as object), realGrowth: g } }, (x) => builtinScenario(x), plan));
      const gdp = p.targets.find((t) => t.id === 'gdpNominal')!;
      const shortfall = (gdp.target - gdp.projected!) / gdp.target;
      const expected = shortfall <= 1e-9 ? 'met' : shortfall <= 0.05 ? 'at-risk' : 'missed';
      expect(gdp.status).toBe(expected);
    }), { numRuns: 40 });
  });
});
