/**
 * The plan audit is computed from plan data: on the embedded plan the numbers of the issue (GDP 4,000 with
 * services >= 50% leaves <= 2,000 of secondary value added; clusters 7,900 at 1088.5 / 2972 imply ~2,893;
 * the ratio must fall to 2,000 / 7,900), and on the second (test) plan its own findings, by hand.
 */
import { describe, it, expect } from 'vitest';
import { auditPlan, checkPlan } from '../../engine/index';
import { samplePlan, wuhan } from './helpers';
import auditPlanJson from '../fixtures/sample-plan-audit.json' with { type: 'json' };

describe('plan audit', () => {
  it('embedded plan: services share against the industry output targets', () => {
    const f = auditPlan(wuhan).findings.find((x) => x.id === 'services-share-vs-industry-output')!;
    expect(f.consistent).toBe(false);
    expect(f.values.secondaryValueAddedMaxYi).toBeCloseTo(4000 * 0.5, 9);
    expect(f.values.clusterOutputSumYi).toBe(5000 + 1000 + 200 + 1000 + 500 + 200);
    expect(f.values.valueAddedRatioBase).toBeCloseTo(1088.5 / 2972, 12);
    expect(f.values.secondaryValueAddedImpliedYi).toBeCloseTo((1088.5 / 2972) * 7900, 9);
    expect(f.values.valueAddedRatioRequired).toBeCloseTo(2000 / 7900, 12);
    expect(f.requirement!.en).toContain('must fall from 0.366 to 0.253');
    expect(f.message.zh).toContain('2,893');
  });

  it('embedded plan: population doubling against income in step with growth', () => {
    const f = auditPlan(wuhan).findings.find((x) => x.id === 'population-vs-income-in-step')!;
    const g = Math.pow(4000 / 1650, 1 / 5) - 1;
    const p = Math.pow(100 / 48.1338, 1 / 5) - 1;
    expect(f.values.gdpGrowthNominal).toBeCloseTo(g, 12);
    expect(f.values.populationGrowth).toBeCloseTo(p, 4);
    expect(f.values.gapToGdpGrowth).toBeCloseTo((1 + g) / (1 + f.values.populationGrowth) - 1 - g, 12);
    expect(f.consistent).toBe(false);
  });

  it('embedded plan: the energy target against the industrial growth the output targets need', () => {
    const f = auditPlan(wuhan).findings.find((x) => x.id === 'energy-vs-industrial-growth')!;
    expect(f.values.structureEffect).toBeGreaterThan(1);
    expect(f.values.withinSectorChangeRequired).toBeCloseTo(Math.pow(0.865 / f.values.structureEffect, 1 / 5) - 1, 12);
  });

  it('the second plan without clusters skips what it cannot check, and says why', () => {
    const r = auditPlan(samplePlan);
    expect(r.findings).toHaveLength(0);
    expect(r.skipped.map((s) => s.id).sort()).toEqual(['energy-vs-industrial-growth', 'population-vs-income-in-step', 'services-share-vs-industry-output']);
    r.skipped.forEach((s) => { expect(s.reason.en.length).toBeGreaterThan(10); expect(s.reason.zh.length).toBeGreaterThan(5); });
  });

  it('the second plan with its audit fixtures produces its own findings (by hand)', () => {
    const plan = checkPlan(auditPlanJson);
    const r = auditPlan(plan);
    const s = r.findings.find((x) => x.id === 'services-share-vs-industry-output')!;
    // GDP 300, services >= 55%: secondary <= 135; clusters 150 + 100 = 250 at 80 / 200 = 0.4 -> 100: consistent.
    expect(s.values.secondaryValueAddedMaxYi).toBeCloseTo(135, 9);
    expect(s.values.secondaryValueAddedImpliedYi).toBeCloseTo(100, 9);
    expect(s.consistent).toBe(true);
    const inc = r.findings.find((x) => x.id === 'population-vs-income-in-step')!;
    // GDP 200 -> 300 (8.45%/yr); population 40 -> 41 (the range's lower bound): per resident 7.92%; gap -0.53 pp within 1.
    expect(inc.values.gapToGdpGrowth).toBeCloseTo(Math.pow(1.5 / (41 / 40), 0.2) - Math.pow(1.5, 0.2), 12);
    expect(inc.consistent).toBe(true);
    const en = r.findings.find((x) => x.id === 'energy-vs-industrial-growth')!;
    // Shares 2020: 0.1, 0.4, 0.5; 2025: primary 0.1, secondary 100 / 300, tertiary the rest. Intensities 0.2, 0.8, 0.1.
    const w0 = 0.1 * 0.2 + 0.4 * 0.8 + 0.5 * 0.1;
    const wT = 0.1 * 0.2 + (100 / 300) * 0.8 + (1 - 0.1 - 100 / 300) * 0.1;
    expect(en.values.structureEffect).toBeCloseTo(wT / w0, 12);
    expect(en.values.withinSectorChangeRequired).toBeCloseTo(Math.pow(0.9 / (wT / w0), 0.2) - 1, 12);
  });
});
