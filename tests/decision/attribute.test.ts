/**
 * Shapley attribution: on a linear model each player's value is its coefficient times its change
 * (closed form); contributions sum to B - A within 1e-9 relative (property); swapping A and B flips every
 * sign; a group equal in A and B gets 0.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { attribute, resolveScenario, shapleyValues } from '../../engine/index';
import { samplePlan, scenarioOf, builtin, wuhan } from './helpers';

describe('exact Shapley values', () => {
  it('linear model: value of player i = c_i x (b_i - a_i)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 1, maxLength: 7 }), (players) => {
      const v = (mask: number) => players.reduce((s, [c, a, b], i) => s + c * (mask & (1 << i) ? b : a), 0);
      const phi = shapleyValues(players.length, v);
      players.forEach(([c, a, b], i) => expect(phi[i]).toBeCloseTo(c * (b - a), 9));
    }), { numRuns: 50 });
  });

  it('a product (interaction) splits equally: v = x y from (1,1) to (3,5): each gets half the cross term', () => {
    const v = (mask: number) => (mask & 1 ? 3 : 1) * (mask & 2 ? 5 : 1);
    const [px, py] = shapleyValues(2, v);
    // By hand: phi_x = ((3-1)x1 + (15-5))/2 = 6, phi_y = ((5-1)x1 + (15-3))/2 = 8; sum 14 = 15 - 1.
    expect(px).toBeCloseTo(6, 12);
    expect(py).toBeCloseTo(8, 12);
  });
});

describe('attribute between scenarios', () => {
  const plan = samplePlan;
  it('property: contributions sum to B - A (1e-9 relative); swapping flips every sign; equal groups get 0', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 0.15, noNaN: true }), fc.double({ min: 0, max: 0.15, noNaN: true }),
      fc.double({ min: -0.01, max: 0.06, noNaN: true }), fc.double({ min: 0, max: 0.05, noNaN: true }),
      (g1, g2, d2, p2) => {
        const a = scenarioOf(plan, { realGrowth: g1 });
        const b = scenarioOf(plan, { realGrowth: g2, deflator: d2, population: { growth: p2 } });
        const ab = attribute(plan, a, b);
        const ba = attribute(plan, b, a);
        ab.results.forEach((x, i) => {
          const sum = x.contributions.reduce((s, c) => s + c.value, 0);
          expect(Math.abs(sum - x.difference)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x.difference), Math.abs(x.a)));
          x.contributions.forEach((c, j) => expect(ba.results[i].contributions[j].value).toBeCloseTo(-c.value, 9));
          for (const g of ['energy', 'carbon', 'investment', 'indicators']) expect(x.contributions.find((c) => c.group === g)!.value).toBe(0);
        });
      }), { numRuns: 15 });
  });

  it('only population differs: GDP gets nothing from it; population gets all of its own difference', () => {
    const a = scenarioOf(plan, { population: { growth: 0.01 } });
    const b = scenarioOf(plan, { population: { growth: 0.03 } });
    const r = attribute(plan, a, b, [{ output: 'gdpNominal', year: 2025 }, { output: 'population', year: 2025 }]);
    expect(r.differing).toEqual(['population']);
    expect(r.results[0].difference).toBe(0);
    const pop = r.results[1];
    expect(pop.difference).toBeCloseTo(40 * (Math.pow(1.03, 5) - Math.pow(1.01, 5)), 9);
    expect(pop.contributions.find((c) => c.group === 'population')!.value).toBeCloseTo(pop.difference, 12);
  });

  it('built-ins: plan-target to historical-trend, every modelled target, lists the group ids used', () => {
    const r = attribute(wuhan, builtin('plan-target'), builtin('historical-trend'));
    expect(r.groups).toContain('realGrowth');
    expect(r.groups).toContain('prices');
    const gdp = r.results.find((x) => x.output === 'gdpNominal')!;
    expect(gdp.b - gdp.a).toBeCloseTo(gdp.difference, 12);
    expect(gdp.contributions.reduce((s, c) => s + c.value, 0)).toBeCloseTo(gdp.difference, 6);
  });
});

describe('attribute across modes', () => {
  it('a sectoral and an investment-led scenario: the growth mode is one group; contributions still sum', () => {
    const a = builtin('historical-trend'), b = builtin('investment-led');
    const r = attribute(wuhan, a, b, [{ output: 'gdpNominal', year: 2025 }]);
    expect(r.groups).toContain('growthMode');
    expect(r.groups).not.toContain('realGrowth');
    expect(r.groups).not.toContain('investment');
    const x = r.results[0];
    expect(Math.abs(x.contributions.reduce((s, c) => s + c.value, 0) - x.difference)).toBeLessThanOrEqual(1e-9 * Math.abs(x.a));
  });

  it('only the energy-intensity path differs: the energy group gets the whole difference (closed form 0.95^5 - 0.98^5)', () => {
    const plan = samplePlan;
    const a = scenarioOf(plan, { energyIntensityChange: -0.02 });
    const b = scenarioOf(plan, { energyIntensityChange: -0.05 });
    const r = attribute(plan, a, b, [{ output: 'energyIntensityIndex', year: 2025 }]);
    expect(r.differing).toEqual(['energy']);
    expect(r.results[0].contributions.find((c) => c.group === 'energy')!.value).toBeCloseTo(Math.pow(0.95, 5) - Math.pow(0.98, 5), 12);
  });
});

describe('attribute between energy modes', () => {
  it('exogenous against structural energy: the mode is one group ("energy") and gets the whole difference', () => {
    const base = { schemaVersion: 2, id: 't', name: { zh: 't', en: 't' }, baseYear: 2020, endYear: 2030, assumptions: { realGrowth: 0.06, deflator: 0.02, population: { growth: 0.02 }, co2IntensityChange: -0.03 } };
    const a = resolveScenario({ ...base, assumptions: { ...base.assumptions, energyIntensityChange: -0.03 } }, () => undefined, wuhan);
    const b = resolveScenario({ ...base, assumptions: { ...base.assumptions, energy: {} } }, () => undefined, wuhan);
    const r = attribute(wuhan, a, b, [{ output: 'energyIntensityIndex', year: 2025 }]);
    expect(r.differing).toEqual(['energy']);
    expect(r.fields.energy.sort()).toEqual(['assumptions.energy', 'assumptions.energyIntensityChange']);
    const x = r.results[0];
    expect(x.contributions.find((c) => c.group === 'energy')!.value).toBeCloseTo(x.difference, 12);
  });
});
