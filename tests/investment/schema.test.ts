/**
 * The investment block through the one scenario schema: errors name the field, the value and what is
 * allowed; each method's fields are required; a file that extends another may give part of the block.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isPlanpathError, resolveScenario, type ValidationIssue } from '../../engine/index';
import { builtinScenario } from '../../scenarios/index';
import { fcParams } from '../arbitraries/scenario';
import { cobbDouglas, plan } from './helpers';

const base = { schemaVersion: 1, id: 'inv', name: { zh: '投资', en: 'Investment' }, baseYear: 2020, endYear: 2030, assumptions: { realGrowth: 0.05, deflator: 0.02, population: { growth: 0.02 }, energyIntensityChange: -0.03, co2IntensityChange: -0.03 } };

function problems(file: unknown): ValidationIssue[] {
  try {
    resolveScenario(file, (id) => builtinScenario(id), plan);
    return [];
  } catch (error) {
    if (isPlanpathError(error)) return error.issues;
    throw error;
  }
}

describe('investment block validation', () => {
  it('accepts the built-in investment-led scenario and a complete stand-alone block', () => {
    expect(problems(builtinScenario('investment-led'))).toEqual([]);
    expect(problems({ ...base, growthMode: 'investment', investment: cobbDouglas })).toEqual([]);
  });

  it('names each missing field of the chosen method', () => {
    const { capitalShare: _a, tfpGrowth: _b, ...partial } = cobbDouglas;
    expect(problems({ ...base, growthMode: 'investment', investment: partial }).map((i) => i.path)).toEqual(['investment.capitalShare', 'investment.tfpGrowth']);
    expect(problems({ ...base, growthMode: 'investment', investment: { ...cobbDouglas, method: 'icor' } }).map((i) => i.path)).toEqual(['investment.icor']);
  });

  it('says what is wrong with a value, in the unit of the field (not "a fraction" for a ratio)', () => {
    const [ratio] = problems({ ...base, growthMode: 'investment', investment: { ...cobbDouglas, capitalOutputRatio: 0 } });
    expect([ratio.path, ratio.value]).toEqual(['investment.capitalOutputRatio', 0]);
    expect(ratio.allowed.en).toMatch(/> 0 and <= 20 \(base-year capital stock over real GDP\)/);
    const [years] = problems({ ...base, growthMode: 'investment', investment: { ...cobbDouglas, depreciation: [0.1, 0.1] } });
    expect([years.path, years.message.en]).toEqual(['investment.depreciation', 'array has 2 values']);
  });

  it('rejects an unknown method, an unknown field, growthMode without a block and shares that do not sum to 1', () => {
    expect(problems({ ...base, growthMode: 'investment', investment: { ...cobbDouglas, method: 'solow' } }).map((i) => i.path)).toContain('investment.method');
    expect(problems({ ...base, growthMode: 'investment', investment: { ...cobbDouglas, icr: 4 } }).map((i) => i.path)).toContain('investment.icr');
    expect(problems({ ...base, growthMode: 'investment' }).map((i) => i.path)).toEqual(['investment']);
    expect(problems({ ...base, growthMode: 'investment', investment: { ...cobbDouglas, sectorShares: { primary: 0.1, secondary: 0.5, tertiary: 0.5 } } }).map((i) => i.path)).toEqual(['investment.sectorShares']);
    expect(problems({ ...base, growthMode: 'sideways' }).map((i) => i.path)).toEqual(['growthMode']);
  });

  it('a child may override one field of an inherited block, one sector of the shares at a time', () => {
    const child = { schemaVersion: 1, id: 'child', name: { zh: '子', en: 'Child' }, extends: 'investment-led', investment: { realisationRate: 1 } };
    expect(problems(child)).toEqual([]);
    const r = resolveScenario(child, (id) => builtinScenario(id), plan);
    expect(r.investment!.realisationRate).toBe(1);
    expect(r.investment!.depreciation).toBe(0.096);
  });

  it('never throws anything but a typed error on an arbitrary investment block (property)', () => {
    fc.assert(fc.property(fc.anything(), (investment) => {
      expect(Array.isArray(problems({ ...base, growthMode: 'investment', investment }))).toBe(true);
    }), fcParams());
  });
});
