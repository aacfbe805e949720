/**
 * Goal seek: golden values from hand calculations (closed forms written out here), and round-trip
 * properties (solve, run, hit the target within 1e-9 relative).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { applyLever, isPlanpathError, LEVERS, project, resolveScenario, solveOne, solveTwo, type LeverId, type ScenarioFile } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { fcParams, scenarioArb } from '../arbitraries/scenario';

const plan = defaultPlan;
const resolve = (s: ScenarioFile) => resolveScenario(s, () => undefined, plan);
const flat: ScenarioFile = { schemaVersion: 1, id: 'flat', name: { zh: '平', en: 'Flat' }, baseYear: 2020, endYear: 2030, assumptions: { realGrowth: 0.05, deflator: 0, population: { growth: 0.02 }, energyIntensityChange: -0.03, co2IntensityChange: -0.03 } };

describe('goal seek: golden values', () => {
  it('the constant growth that takes 1650 to 4000 in five years is 19.3755% (no inflation)', () => {
    // Hand calculation: (4000 / 1650)^(1/5) - 1 = 0.1937550... (tolerance 1e-6 on the 4-decimal figure).
    const r = solveOne(plan, resolve(flat), { output: 'gdpNominal', year: 2025, value: 4000 }, { lever: 'realGrowth' });
    expect(r.method).toBe('closed-form');
    expect(r.levers[0].value).toBeCloseTo(0.193755, 6);
    expect(Math.abs(r.levers[0].value - (Math.pow(4000 / 1650, 0.2) - 1))).toBeLessThan(1e-15);
  });

  it('with 2% inflation the real growth needed is (4000/1650)^(1/5)/1.02 - 1 = 17.0349%', () => {
    const r = solveOne(plan, resolve({ ...flat, assumptions: { ...flat.assumptions, deflator: 0.02 } }), { output: 'gdpNominal', year: 2025, value: 4000 }, { lever: 'realGrowth' });
    expect(r.levers[0].value).toBeCloseTo(Math.pow(4000 / 1650, 0.2) / 1.02 - 1, 12);
    expect(r.levers[0].value).toBeCloseTo(0.170348, 5);
  });

  it('population of 100 万人 from 48.1338 in five years needs 15.747% a year', () => {
    const r = solveOne(plan, resolve(flat), { output: 'population', year: 2025, value: 100 }, { lever: 'population.growth' });
    expect(r.levers[0].value).toBeCloseTo(Math.pow(100 / 48.1338, 0.2) - 1, 12);
    expect(r.levers[0].value).toBeCloseTo(0.157471, 5);
  });

  it('a 13.5% cut in energy intensity over five years is -2.8589% a year', () => {
    const r = solveOne(plan, resolve(flat), { output: 'energyIntensityChangeSinceBase', year: 2025, value: -0.135 }, { lever: 'energyIntensityChange' });
    expect(r.levers[0].value).toBeCloseTo(Math.pow(0.865, 0.2) - 1, 12);
  });

  it('bisection agrees with the closed form when the closed form is unavailable (shift mode)', () => {
    // shift mode adds x to every year's 5% growth: 1650 (1.05 + x)^5 = 4000 => x = (4000/1650)^(1/5) - 1.05.
    const r = solveOne(plan, resolve(flat), { output: 'gdpNominal', year: 2025, value: 4000 }, { lever: 'realGrowth', mode: 'shift' });
    expect(r.method).toBe('bisection');
    expect(r.levers[0].value).toBeCloseTo(Math.pow(4000 / 1650, 0.2) - 1.05, 10);
  });

  it('two targets: secondary and tertiary growth for GDP 4000 and a 50% services share in 2025', () => {
    // Hand calculation with prices +2% a year and primary growth 2%:
    //   tertiary nominal = 0.5 x 4000 = 2000 = 545 (1 + gT)^5 1.02^5  => gT = (2000 / (545 x 1.02^5))^(1/5) - 1
    //   primary nominal = 16.5 (1.02 x 1.02)^5; secondary nominal = 4000 - 2000 - primary
    //   gS = (secondary / (1088.5 x 1.02^5))^(1/5) - 1
    const s = resolve({ ...flat, assumptions: { ...flat.assumptions, realGrowth: { primary: 0.02, secondary: 0.05, tertiary: 0.05 }, deflator: 0.02 } });
    const r = solveTwo(plan, s, [{ output: 'gdpNominal', year: 2025, value: 4000 }, { output: 'shares.tertiary', year: 2025, value: 0.5 }], [{ lever: 'realGrowth.secondary' }, { lever: 'realGrowth.tertiary' }]);
    const p5 = Math.pow(1.02, 5);
    const gT = Math.pow(2000 / (545 * p5), 0.2) - 1;
    const primary = 16.5 * Math.pow(1.02 * 1.02, 5);
    const gS = Math.pow((2000 - primary) / (1088.5 * p5), 0.2) - 1;
    expect(r.levers[0].value).toBeCloseTo(gS, 9);
    expect(r.levers[1].value).toBeCloseTo(gT, 9);
    expect(gT).toBeCloseTo(0.27153, 4);
    r.achieved.forEach((a) => expect(a.relativeError).toBeLessThan(1e-9));
  });

  it('says "no solution in range" plainly, with what the lever can reach', () => {
    try {
      solveOne(plan, resolve(flat), { output: 'gdpNominal', year: 2025, value: 1e7 }, { lever: 'realGrowth.primary' });
      expect.unreachable();
    } catch (error) {
      expect(isPlanpathError(error) && error.kind).toBe('no-solution');
      expect((error as Error).message).toMatch(/no solution in range/);
      expect((error as Error).message).toMatch(/only reaches/);
    }
  });
});

const outputs: [string, (y: number, p: ReturnType<typeof project>) => number][] = [
  ['gdpNominal', (t, p) => p.series.gdpNominal[t]],
  ['gdpReal', (t, p) => p.series.gdpReal[t]],
  ['population', (t, p) => p.series.population[t]],
  ['shares.tertiary', (t, p) => p.series.shares.tertiary[t]],
];

describe('goal seek: round trips', () => {
  it('solve one lever, apply it, run: the target is hit within 1e-9 relative', () => {
    const levers: LeverId[] = ['realGrowth', 'realGrowth.secondary', 'realGrowth.tertiary', 'deflator', 'population.growth'];
    fc.assert(fc.property(scenarioArb([2025, 2035]), fc.constantFrom(...levers), fc.integer({ min: 2021, max: 2025 }), fc.double({ min: 0.7, max: 1.4, noNaN: true }), (s, lever, year, factor) => {
      const resolved = resolve(s);
      const out = lever === 'population.growth' ? outputs[2] : lever === 'deflator' ? outputs[0] : outputs[lever === 'realGrowth' ? 1 : 0];
      const t = year - 2020;
      const value = out[1](t, project(plan, resolved)) * factor;
      let r;
      try {
        r = solveOne(plan, resolved, { output: out[0], year, value }, { lever });
      } catch (error) {
        fc.pre(!(isPlanpathError(error) && error.kind === 'no-solution'));
        throw error;
      }
      const achieved = out[1](t, project(plan, applyLever(resolved, lever, r.levers[0].value, 'constant')));
      expect(Math.abs(achieved - value) / value).toBeLessThan(1e-9);
    }), fcParams());
  });

  it('every lever id is accepted by applyLever and changes only what it names', () => {
    const s = resolve(flat);
    for (const lever of LEVERS) {
      const moved = applyLever(s, lever, 0.01);
      expect(moved.assumptions).not.toEqual(s.assumptions);
      expect(moved.id).toBe(s.id);
    }
  });
});
