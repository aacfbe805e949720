/**
 * Trajectories of indicators the model does not compute: the default straight path, held values,
 * and scenario-set annual change, linear and compound paths (hand-computed expectations).
 */
import { describe, it, expect } from 'vitest';
import { project, resolveScenario, type ScenarioFile } from '../../engine/index';
import { defaultPlan } from '../../data/index';

const plan = defaultPlan;
const base: ScenarioFile = { schemaVersion: 1, id: 'x', name: { zh: 'x', en: 'x' }, baseYear: 2020, endYear: 2030, assumptions: { realGrowth: 0.05, deflator: 0.02, population: { growth: 0.03 }, energyIntensityChange: -0.03, co2IntensityChange: -0.04 } };
const run = (indicators?: Record<string, unknown>) => project(plan, resolveScenario({ ...base, assumptions: { ...base.assumptions, ...(indicators ? { indicators } : {}) } }, () => undefined, plan));

describe('indicator trajectories', () => {
  it('default: a straight line from base to target, held after the target year', () => {
    const p = run();
    const docs = p.series.indicators.doctorsPer1000; // 2.81 (2020) -> 4.7 (2025)
    expect(docs[0]).toBe(2.81);
    expect(docs[1]).toBeCloseTo(2.81 + (4.7 - 2.81) / 5, 12);
    expect(docs[5]).toBeCloseTo(4.7, 12);
    expect(docs[10]).toBeCloseTo(4.7, 12);
    expect(p.targets.find((t) => t.id === 'doctorsPer1000')!.basis).toBe('default-path');
  });

  it('default: an indicator whose base already meets its target is held, not moved to the bound', () => {
    const p = run();
    expect(p.series.indicators.urbanSurveyedUnemployment.every((v) => v === 5.5)).toBe(true); // 5.5 already < 6
    expect(p.targets.find((t) => t.id === 'urbanSurveyedUnemployment')!.basis).toBe('held-at-base');
  });

  it('scenario annualChange compounds from the base: 331 x 1.5^5 high-tech enterprises by 2025', () => {
    const p = run({ highTechEnterprises: { annualChange: 0.5 } });
    expect(p.series.indicators.highTechEnterprises[5]).toBeCloseTo(331 * Math.pow(1.5, 5), 9);
    const t = p.targets.find((x) => x.id === 'highTechEnterprises')!;
    expect(t.met).toBe(false); // 2513.5 < 3000
    expect(t.requiredAnnualChange).toBeCloseTo(Math.pow(3000 / 331, 0.2) - 1, 12);
    expect(t.projectedAnnualChange).toBeCloseTo(0.5, 12);
  });

  it('scenario compound path: constant rate to the value in the year, then held', () => {
    const p = run({ highTechEnterprises: { path: 'compound', to: 2000, year: 2024 } });
    const v = p.series.indicators.highTechEnterprises;
    expect(v[2]).toBeCloseTo(331 * Math.pow(2000 / 331, 2 / 4), 9);
    expect(v[4]).toBeCloseTo(2000, 9);
    expect(v[9]).toBeCloseTo(2000, 9);
  });

  it('scenario linear path with a start value for an indicator the plan gives no base for', () => {
    const p = run({ smartConstructionOutput: { path: 'linear', to: 6000, year: 2025, start: 3500 } });
    expect(p.series.indicators.smartConstructionOutput[0]).toBe(3500);
    expect(p.series.indicators.smartConstructionOutput[2]).toBeCloseTo(3500 + (2 * 2500) / 5, 9);
    const t = p.targets.find((x) => x.id === 'smartConstructionOutput')!;
    expect(t.met).toBe(true);
    expect(t.basis).toBe('scenario-path');
  });

  it('without a base or a start the indicator is reported as not projected', () => {
    const t = run().targets.find((x) => x.id === 'smartConstructionOutput')!;
    expect(t.status).toBe('not-assessed');
    expect(t.reason).toBe('no-base');
    expect(t.projected).toBeNull();
  });

  it('public services: GP ratio moves from its labelled base assumption (2.9) to 5 per 10,000', () => {
    const p = run();
    const pop = p.series.population;
    expect(p.series.publicServices.generalPractitioners[0]).toBeCloseTo(2.9 * pop[0], 9);
    expect(p.series.publicServices.generalPractitioners[5]).toBeCloseTo(5 * pop[5], 9);
  });
});
