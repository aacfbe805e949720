/**
 * The data layer is not tied to Wuhan: a small second plan with the same schema runs through the
 * engine unchanged (projection, scorecard, goal seek).
 */
import { describe, it, expect } from 'vitest';
import { checkPlan, project, resolveScenario, solveOne } from '../../engine/index';
import samplePlan from '../fixtures/sample-plan.json' with { type: 'json' };
import sampleScenario from '../fixtures/sample-scenario.json' with { type: 'json' };

const plan = checkPlan(samplePlan);

describe('a second plan', () => {
  it('passes the plan check', () => {
    expect(plan.id).toBe('sample-county');
  });

  it('projects and scores its own targets', () => {
    const p = project(plan, resolveScenario(sampleScenario, () => undefined, plan));
    expect(p.series.gdpNominal[0]).toBe(200);
    // 200 x (1.05 x 1.02)^5, by hand
    expect(p.series.gdpNominal[5]).toBeCloseTo(200 * Math.pow(1.05 * 1.02, 5), 9);
    const gdp = p.targets.find((t) => t.id === 'gdpNominal')!;
    expect(gdp.met).toBe(false);
    const pop = p.targets.find((t) => t.id === 'population')!;
    // 40 x 1.02^5 = 44.16, inside the 41-45 range
    expect(pop.comparator).toBe('range');
    expect(pop.met).toBe(true);
    const beds = p.targets.find((t) => t.id === 'hospitalBedsPer1000')!;
    expect(beds.basis).toBe('default-path');
    expect(p.series.publicServices.hospitalBeds[5]).toBeCloseTo(6 * 40 * Math.pow(1.02, 5) * 10, 9);
    expect(beds.status).toBe('assumed'); // a straight path to its own target is not a test
    expect(p.targets.find((t) => t.id === 'parksCount')!.status).toBe('not-assessed');
    expect(p.targets.find((t) => t.id === 'parksCount')!.reason).toBe('no-base');
  });

  it('goal seek works on it: (300/200)^(1/5)/1.02 - 1', () => {
    const s = resolveScenario(sampleScenario, () => undefined, plan);
    const r = solveOne(plan, s, { output: 'gdpNominal', year: 2025, value: 300 }, { lever: 'realGrowth' });
    expect(r.levers[0].value).toBeCloseTo(Math.pow(1.5, 0.2) / 1.02 - 1, 12);
  });

  it('a plan with inconsistent base data is rejected with named fields', () => {
    expect(() => checkPlan({ ...samplePlan, base: { ...samplePlan.base, gdpYi: 250 } })).toThrow(/base.valueAddedYi/);
  });
});
