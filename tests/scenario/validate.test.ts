/**
 * Scenario validation: every kind of bad input gets an issue naming the field, the value and what is
 * allowed; arbitrary JSON never crashes the validator; `extends` inherits and overrides.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatIssue, isPlanpathError, project, resolveScenario, validateScenarioShape, type ScenarioFile, type ValidationIssue } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario, builtinScenarios } from '../../scenarios/index';
import { fcParams, scenarioArb } from '../arbitraries/scenario';

const plan = defaultPlan;
const good: ScenarioFile = { schemaVersion: 1, id: 'good', name: { zh: '好', en: 'Good' }, baseYear: 2020, endYear: 2025, assumptions: { realGrowth: 0.05, deflator: 0.02, population: { growth: 0.03 }, energyIntensityChange: -0.03, co2IntensityChange: -0.04 } };

/** The issues of resolving `input` (empty when it resolves). */
function issuesOf(input: unknown, lookup: (id: string) => unknown = () => undefined): ValidationIssue[] {
  try {
    resolveScenario(input, lookup, plan);
    return [];
  } catch (error) {
    if (isPlanpathError(error)) return error.issues;
    throw error;
  }
}

const withA = (a: Record<string, unknown>) => ({ ...good, assumptions: { ...good.assumptions, ...a } });

describe('bad input is reported field by field', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['a wrong type', withA({ deflator: 'two percent' }), 'assumptions.deflator', /wrong type/],
    ['a rate at -100%', withA({ realGrowth: -1 }), 'assumptions.realGrowth', /at or below the floor/],
    ['a rate above the ceiling', withA({ realGrowth: { primary: 0.02, secondary: 1.5, tertiary: 0.1 } }), 'assumptions.realGrowth.secondary', /above the ceiling/],
    ['an array of the wrong length', withA({ realGrowth: [0.1, 0.1] }), 'assumptions.realGrowth', /array has 2 values/],
    ['endYear before baseYear', { ...good, endYear: 2019 }, 'endYear', /not after baseYear/],
    ['endYear beyond the horizon', { ...good, endYear: 2051 }, 'endYear', /out of range/],
    ['a non-integer year', { ...good, endYear: 2025.5 }, 'endYear', /not an integer/],
    ['a missing required field', { ...good, assumptions: { ...good.assumptions, deflator: undefined } }, 'assumptions.deflator', /required field is missing/],
    ['an unknown field (typo)', withA({ realGrowht: 0.05 }), 'assumptions.realGrowht', /unknown field/],
    ['an unknown sector', withA({ realGrowth: { primary: 0.02, secondary: 0.05, tertiary: 0.1, quaternary: 0.1 } }), 'assumptions.realGrowth.quaternary', /unknown sector/],
    ['a wrong schema version', { ...good, schemaVersion: 3 }, 'schemaVersion', /not supported/],
    ['an unknown extends', { ...good, extends: 'nope' }, 'extends', /no scenario with this id/],
    ['a base year the plan has no data for', { ...good, baseYear: 2019, endYear: 2025 }, 'baseYear', /base data for 2020 only/],
    ['a non-PSD correlation', { ...good, uncertainty: { realGrowthVolatility: 0.05, correlation: [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]] } }, 'uncertainty.correlation', /positive semi-definite/],
    ['an asymmetric correlation', { ...good, uncertainty: { realGrowthVolatility: 0.05, correlation: [[1, 0.2, 0], [0.3, 1, 0], [0, 0, 1]] } }, 'uncertainty.correlation[0][1]', /not symmetric/],
    ['an unknown indicator trajectory', withA({ indicators: { noSuch: { annualChange: 0.1 } } }), 'assumptions.indicators.noSuch', /no such indicator/],
  ];
  for (const [what, input, path, message] of cases) {
    it(`${what}: names ${path}, the value and what is allowed`, () => {
      const found = issuesOf(input).find((i) => i.path === path);
      expect(found, JSON.stringify(issuesOf(input))).toBeDefined();
      expect(found!.message.en).toMatch(message);
      expect(found!.message.zh.length).toBeGreaterThan(0);
      expect(found!.allowed.en.length).toBeGreaterThan(0);
      expect(formatIssue(found!, 'en')).toContain(path);
    });
  }

  it('lists every problem at once, not just the first', () => {
    const issues = issuesOf({ ...good, endYear: 2019, assumptions: { ...good.assumptions, realGrowth: [0.1, 5, 'x'], foo: 1 } });
    expect(issues.map((i) => i.path).sort()).toEqual(['assumptions.foo', 'assumptions.realGrowth[1]', 'assumptions.realGrowth[2]', 'endYear']);
  });

  it('all-ones correlation (perfectly correlated sectors) is valid', () => {
    expect(issuesOf({ ...good, uncertainty: { realGrowthVolatility: 0.05, correlation: [[1, 1, 1], [1, 1, 1], [1, 1, 1]] } })).toEqual([]);
  });

  it('a cycle of extends is reported', () => {
    const a = { ...good, id: 'a', extends: 'b' };
    const b = { ...good, id: 'b', extends: 'a' };
    const issues = issuesOf(a, (id) => (id === 'b' ? b : id === 'a' ? a : undefined));
    expect(issues[0].message.en).toMatch(/cycle: a -> b -> a/);
  });
});

describe('validator robustness', () => {
  it('arbitrary JSON never crashes the validator and always yields issues or a valid scenario', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const issues = validateScenarioShape(value, { requireAll: true });
      expect(Array.isArray(issues)).toBe(true);
      issuesOf(value); // never throws anything but PlanpathError
    }), fcParams());
  });

  it('arbitrary edits of a good scenario never crash resolution', () => {
    const paths = ['endYear', 'baseYear', 'assumptions.realGrowth', 'assumptions.population.growth', 'assumptions.deflator', 'uncertainty', 'extends', 'name'];
    fc.assert(fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
      const doc = structuredClone(good) as unknown as Record<string, unknown>;
      const keys = path.split('.');
      let node = doc;
      for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
      node[keys[keys.length - 1]] = value;
      issuesOf(doc);
    }), fcParams());
  });
});

describe('extends', () => {
  it('a child with no overrides reproduces its parent exactly', () => {
    fc.assert(fc.property(scenarioArb(), (parent) => {
      const p = { ...parent, id: 'parent' };
      const child = { schemaVersion: 1, id: 'child', name: { zh: '子', en: 'Child' }, extends: 'parent' };
      const a = project(plan, resolveScenario(p, () => undefined, plan));
      const b = project(plan, resolveScenario(child, (id) => (id === 'parent' ? p : undefined), plan));
      expect(b.series).toEqual(a.series);
      expect(b.targets).toEqual(a.targets);
    }), fcParams());
  });

  it('a child overrides only what it states (one sector of a value given for all)', () => {
    const child = { schemaVersion: 1, id: 'child', name: { zh: '子', en: 'Child' }, extends: 'good', assumptions: { realGrowth: { tertiary: 0.2 } } };
    const r = resolveScenario(child, (id) => (id === 'good' ? good : undefined), plan);
    expect(r.assumptions.realGrowth).toEqual({ primary: 0.05, secondary: 0.05, tertiary: 0.2 });
    expect(r.assumptions.deflator).toBe(0.02);
    expect(r.lineage).toEqual(['good']);
  });

  it('every built-in scenario is valid', () => {
    for (const s of builtinScenarios) expect(issuesOf(s, (id) => builtinScenario(id)), s.id).toEqual([]);
  });
});
