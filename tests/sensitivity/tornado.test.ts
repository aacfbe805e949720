/**
 * The tornado: each lever moved down and up in turn through the deterministic projection.
 */
import { describe, it, expect } from 'vitest';
import { LEVERS, applyLever, isPlanpathError, parseOutputSpec, project, tornado } from '../../engine/index';
import { builtin, defaultPlan } from '../mc/support/fixtures';

const scenario = builtin('historical-trend');
const output = parseOutputSpec('gdpNominal@2025', project(defaultPlan, scenario));

describe('tornado', () => {
  const t = tornado(defaultPlan, scenario, output);

  it('has one row per lever, sorted by swing, and the base is the projection\'s value', () => {
    expect(t.rows.map((r) => r.lever).sort()).toEqual([...LEVERS].sort());
    for (let k = 1; k < t.rows.length; k++) expect(t.rows[k].swing).toBeLessThanOrEqual(t.rows[k - 1].swing);
    expect(t.base).toBe(project(defaultPlan, scenario).series.gdpNominal[5]);
  });

  it('each bar is the projection with that lever shifted by -2 and +2 percentage points', () => {
    for (const row of t.rows) {
      expect(row.lowShift).toBe(-0.02);
      expect(row.highShift).toBe(0.02);
      expect(row.outputHigh).toBe(project(defaultPlan, applyLever(scenario, row.lever, 0.02, 'shift')).series.gdpNominal[5]);
    }
  });

  it('faster growth or prices raise nominal GDP and lead the tornado; intensity levers do not move it', () => {
    const row = (lever: string) => t.rows.find((r) => r.lever === lever)!;
    for (const lever of ['realGrowth', 'realGrowth.secondary', 'deflator']) expect(row(lever).outputHigh).toBeGreaterThan(row(lever).outputLow);
    expect(row('energyIntensityChange').swing).toBe(0);
    expect(t.rows.slice(0, 2).map((r) => r.lever).sort()).toEqual(['deflator', 'realGrowth']);
  });

  it('explicit ranges replace the default move', () => {
    const r = tornado(defaultPlan, scenario, output, { levers: ['realGrowth.tertiary'], ranges: { 'realGrowth.tertiary': { low: -0.05, high: 0.01 } } });
    expect(r.rows).toHaveLength(1);
    expect([r.rows[0].lowShift, r.rows[0].highShift]).toEqual([-0.05, 0.01]);
  });

  it('a malformed or unknown output is reported at "output"', () => {
    for (const text of ['gdpNominal', 'gdp@2025', 'gdpNominal@2019', 'gdpNominal@x']) {
      try {
        parseOutputSpec(text, project(defaultPlan, scenario));
        throw new Error('expected an error');
      } catch (error) {
        expect(isPlanpathError(error) && error.issues[0].path).toBe('output');
      }
    }
  });
});
