import { describe, expect, it } from 'vitest';
import { modeIssues, withoutReplacedModes, modeOf, ENERGY_MODE_RULE, type ModeRule } from '../../engine/scenario/modes';
import { validateScenarioShape } from '../../engine/scenario/validate';

const POP_RULE: ModeRule = {
  container: 'assumptions.population',
  required: true,
  modes: [
    { id: 'exogenous', keys: ['growth'], label: { en: 'growth', zh: '增长' } },
    { id: 'jobs', keys: ['mode', 'productivityGrowth', 'workersPerResident', 'adjustmentSpeed'], label: { en: 'jobs', zh: '就业' } },
  ],
};

describe('mode rules', () => {
  it('a file that states both modes is an error naming both fields', () => {
    const file = { assumptions: { energyIntensityChange: -0.03, energy: {} } };
    const issues = modeIssues(file, false);
    expect(issues).toHaveLength(1);
    expect(issues[0].message.en).toContain('assumptions.energyIntensityChange');
    expect(issues[0].message.en).toContain('assumptions.energy');
    expect(issues[0].message.zh).toContain('assumptions.energy');
  });
  it('a stand-alone file must state one mode', () => {
    const issues = modeIssues({ assumptions: { co2IntensityChange: -0.03 } }, true);
    expect(issues.map((i) => i.path)).toEqual(['assumptions.energyIntensityChange']);
    expect(issues[0].allowed.en).toContain('assumptions.energy');
  });
  it('a child stating one mode replaces the parent mode; otherwise it inherits', () => {
    const parent = { assumptions: { energy: { intensityChangeBySector: -0.03 }, co2IntensityChange: -0.02, population: { mode: 'jobs', adjustmentSpeed: 0.5 } } };
    const child = { assumptions: { energyIntensityChange: -0.01, population: { growth: 0.02 } } };
    const stripped = withoutReplacedModes(parent, child, [ENERGY_MODE_RULE, POP_RULE]) as typeof parent;
    expect(stripped.assumptions.energy).toBeUndefined();
    expect(stripped.assumptions.co2IntensityChange).toBe(-0.02);
    expect(stripped.assumptions.population).toEqual({});
    expect(parent.assumptions.energy).toBeDefined();
    expect(withoutReplacedModes(parent, { assumptions: { population: { adjustmentSpeed: 1 } } }, [POP_RULE])).toBe(parent);
    expect(modeOf(parent, POP_RULE)).toBe('jobs');
  });
  it('version-2 fields in a version-1 file are an error naming the field', () => {
    const issues = validateScenarioShape({ schemaVersion: 1, id: 'x', name: { zh: '甲', en: 'x' }, assumptions: { energy: {} }, extends: 'plan-target' }, { requireAll: false });
    expect(issues.map((i) => i.path)).toEqual(['assumptions.energy']);
    expect(issues[0].message.en).toContain('schemaVersion 2');
  });
});
