/**
 * Hostile scenario files: prototype keys, a million bad values, deep nesting, rates that pass the
 * schema but cannot be projected. Each is answered with named problems, in bounded time and memory.
 */
import { describe, it, expect } from 'vitest';
import { capIssues, formatIssue, isPlanpathError, LISTED_ISSUES, projectionIssues, resolveScenario, validateScenarioShape, type ValidationIssue } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';

const plan = defaultPlan;
const lookup = (id: string) => builtinScenario(id);

function issuesOf(input: unknown): ValidationIssue[] {
  try {
    resolveScenario(input, lookup, plan);
    return [];
  } catch (error) {
    if (isPlanpathError(error)) return error.issues;
    throw error;
  }
}

const child = (extra: string) => JSON.parse(`{"schemaVersion":1,"id":"child","name":{"zh":"子","en":"Child"},"extends":"historical-trend"${extra}}`);

describe('prototype keys are unknown fields', () => {
  for (const key of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']) {
    it(`"${key}" at the top level and inside assumptions is an error naming it`, () => {
      const top = issuesOf(child(`,"${key}":{"x":1}`));
      expect(top.map((i) => i.path)).toContain(key);
      expect(top.find((i) => i.path === key)!.message.en).toMatch(/unknown field/);
      const inner = issuesOf(child(`,"assumptions":{"${key}":{"realGrowth":0.5}}`));
      expect(inner.map((i) => i.path)).toContain(`assumptions.${key}`);
    });
  }

  it('a sector named like a prototype key is an unknown sector, and no missing sector passes as present', () => {
    const file = child(',"assumptions":{"realGrowth":{"constructor":0.1}}');
    expect(issuesOf(file).map((i) => i.path)).toContain('assumptions.realGrowth.constructor');
    const standalone = { ...builtinScenario('historical-trend') as object, id: 'x', assumptions: { ...(builtinScenario('historical-trend') as { assumptions: object }).assumptions, realGrowth: JSON.parse('{"primary":0.1,"secondary":0.1,"toString":0.1}') } };
    expect(issuesOf(standalone).map((i) => i.path)).toEqual(expect.arrayContaining(['assumptions.realGrowth.tertiary', 'assumptions.realGrowth.toString']));
  });

  it('a resolved scenario has plain prototypes all the way down', () => {
    const resolved = resolveScenario(child(',"assumptions":{"realGrowth":{"tertiary":0.08}}'), lookup, plan);
    const protos = new Set<unknown>();
    const walk = (v: unknown) => {
      if (typeof v !== 'object' || v === null) return;
      protos.add(Object.getPrototypeOf(v));
      Object.values(v).forEach(walk);
    };
    walk(resolved);
    expect([...protos].every((p) => p === Object.prototype || p === Array.prototype)).toBe(true);
  });
});

describe('reports are bounded', () => {
  it('a million bad values: the first 50 problems and a count of the rest', () => {
    const values = new Array(1_000_000).fill('x');
    const issues = issuesOf(child(`,"endYear":2035,"assumptions":{"energyIntensityChange":${JSON.stringify(values)}}}`.replace(/}}$/, '}')));
    expect(issues).toHaveLength(LISTED_ISSUES + 1);
    const last = issues.at(-1)!;
    // 1,000,000 non-numbers (the length is checked once the chain is merged), 50 listed.
    expect(last.value).toBe(1_000_000 - LISTED_ISSUES);
    expect(formatIssue(last, 'en')).toBe(`and ${1_000_000 - LISTED_ISSUES} more problems, not listed`);
    expect(formatIssue(last, 'zh')).toBe(`另有 ${1_000_000 - LISTED_ISSUES} 个问题未列出`);
  });

  it('capping folds earlier counts in and leaves short lists alone', () => {
    const one = validateScenarioShape({}, { requireAll: true });
    expect(capIssues(one)).toEqual(one);
    const many = Array.from({ length: 120 }, (_, i) => ({ ...one[0], path: `p${i}` }));
    const capped = capIssues([...capIssues(many), ...many.slice(0, 10)]);
    expect(capped).toHaveLength(51);
    expect(capped.at(-1)!.value).toBe(70 + 10);
  });

  it('JSON nested 100,000 levels deep is refused with a message, not a stack overflow', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const issues = issuesOf({ ...child(''), notes: deep });
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0], 'en')).toMatch(/nested more than 32 levels deep/);
    expect(formatIssue(issues[0], 'zh')).toMatch(/嵌套超过 32 层/);
  });
});

describe('one projection check for validate, run and the app', () => {
  it('growth of -99.999999999% a year to 2050 passes the schema but is named as not projectable', () => {
    const file = child(',"endYear":2050,"assumptions":{"realGrowth":-0.99999999999,"deflator":-0.9999999999}');
    const resolved = resolveScenario(file, lookup, plan);
    const issues = projectionIssues(plan, resolved);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].path).toMatch(/^series\./);
    expect(issues[0].message.en).toMatch(/overflow|zero/);
  });

  it('a built-in scenario projects', () => {
    expect(projectionIssues(plan, resolveScenario(lookup("plan-target"), lookup, plan))).toEqual([]);
  });
});
