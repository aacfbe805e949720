/**
 * The per-input memos of the workspace give the same values as computing afresh: cached number
 * formatters (groupDigits, keyNumber) write what toLocaleString writes; a file is resolved once per
 * (file, list); a scenario is projected once; "All sectors" growth reuses the scenario's own projection.
 */
import { describe, expect, it } from 'vitest';
import { groupDigits, project, resolveScenario, type ResolvedScenario } from '../../engine/index';
import { formatFixed } from '../../engine/format/number-format';
import { keyNumber, keyDelta, keyValue } from '../../ui/game/key-format';
import { allSectorsGrowth } from '../../ui/state/all-sectors-growth';
import { projectionOf } from '../../ui/state/projection';
import { lookupIn, plan, planPeriodIndices, resolveFile, resolveId } from '../../ui/state/scenarios';
import { withLeverValue } from '../../ui/state/scenario-edit';
import { builtinScenarios } from '../../scenarios/index';

describe('cached number formatters', () => {
  it('groupDigits by hand: 4000.5 -> "4,000.5", 1234567.891 with 2 -> "1,234,567.89", -0.0004 with 3 -> "-0.000"', () => {
    expect(groupDigits(4000.5, 1)).toBe('4,000.5');
    expect(groupDigits(1234567.891, 2)).toBe('1,234,567.89');
    expect(groupDigits(0.125, 0)).toBe('0');
    expect(groupDigits(-0.0004, 3)).toBe('-0.000');
  });
  it('formatFixed writes exactly what toLocaleString writes (both locales, 0-6 decimals, edge values)', () => {
    const values = [0, -0, 1, -1, 0.5, 2.5, 1e-7, 123.456789, 4000.5, -98765.4321, 1e21, NaN, Infinity, -Infinity];
    for (const locale of ['en-US', 'zh-CN']) for (let d = 0; d <= 6; d++) for (const v of values) {
      expect(formatFixed(v, d, locale)).toBe(v.toLocaleString(locale, { minimumFractionDigits: d, maximumFractionDigits: d }));
    }
  });
  it('decimals out of range throw the same RangeError as toLocaleString', () => {
    expect(() => formatFixed(1, 21)).toThrow(RangeError);
    expect(() => formatFixed(1, -1)).toThrow(RangeError);
  });
  it('key numbers by hand: GDP 4000 -> "4,000", population 100 -> "100.0", a share 50 -> "50.0%", "+312 亿元"', () => {
    expect(keyNumber('gdpNominal', 4000, 'en')).toBe('4,000');
    expect(keyNumber('population', 100, 'zh')).toBe('100.0');
    expect(keyNumber('servicesShareOfGdp', 50, 'en')).toBe('50.0%');
    expect(keyValue('gdpNominal', 4000, 'zh')).toBe('4,000 亿元');
    expect(keyDelta('gdpNominal', 312, 'zh')).toBe('+312 亿元');
  });
});

describe('resolve and projection memos', () => {
  it('a file is resolved once per file and the files it extends: the same object comes back, equal to a fresh resolution', () => {
    const user = [{ schemaVersion: 1, id: 'memo-a', name: { zh: '甲', en: 'A' }, extends: 'plan-target', assumptions: { realGrowth: { primary: 0.02, secondary: 0.1, tertiary: 0.1 } } }] as unknown as Parameters<typeof resolveFile>[1];
    const a = resolveFile(user[0], user);
    expect(resolveFile(user[0], user)).toBe(a);
    expect(resolveId('memo-a', user)).toBe(a);
    expect(a).toEqual(resolveScenario(user[0], lookupIn(user), plan));
    // A new list that leaves the file and its chain as they were (another scenario saved, e.g. by
    // another window) keeps the resolution, so the views keep their projection and charts.
    const unrelated = { schemaVersion: 1, id: 'memo-other', name: { zh: '乙', en: 'B' }, extends: 'historical-trend' };
    const other = [...user, unrelated] as typeof user;
    expect(resolveFile(user[0], other)).toBe(a);
  });

  it('a changed parent in the chain resolves again, and the result follows the new parent', () => {
    const parent = { schemaVersion: 1, id: 'memo-parent', name: { zh: '父', en: 'Parent' }, extends: 'plan-target', assumptions: { realGrowth: { primary: 0.02, secondary: 0.1, tertiary: 0.1 } } };
    const child = { schemaVersion: 1, id: 'memo-child', name: { zh: '子', en: 'Child' }, extends: 'memo-parent' };
    const user = [parent, child] as unknown as Parameters<typeof resolveFile>[1];
    const before = resolveFile(child, user);
    expect(before).toEqual(resolveScenario(child, lookupIn(user), plan));
    // The parent edited (a new object under the same id): the child's resolution must follow it.
    const edited = { ...parent, assumptions: { realGrowth: { primary: 0.02, secondary: 0.1, tertiary: 0.25 } } };
    const after = [edited, child] as unknown as Parameters<typeof resolveFile>[1];
    const again = resolveFile(child, after);
    expect(again).not.toBe(before);
    expect(again).toEqual(resolveScenario(child, lookupIn(after), plan));
    // The edit moved services' growth from 10% to 25% a year.
    expect(JSON.stringify(again.assumptions.realGrowth)).not.toBe(JSON.stringify(before.assumptions.realGrowth));
    expect(JSON.stringify(again.assumptions.realGrowth)).toContain('0.25');
    expect(JSON.stringify(before.assumptions.realGrowth)).not.toContain('0.25');
    // The parent removed: the child cannot be resolved, and the old resolution is not returned.
    expect(() => resolveFile(child, [child] as unknown as Parameters<typeof resolveFile>[1])).toThrow();
  });

  it('a scenario is projected once; the projection equals project(plan, scenario)', () => {
    const s = resolveId('historical-trend', []);
    const p = projectionOf(s);
    expect(projectionOf(s)).toBe(p);
    expect(p).toEqual(project(plan, s));
  });
  it('"All sectors" growth from the shared projection equals the forced-sectoral projection, for every built-in and an edit', () => {
    const forced = (s: ResolvedScenario) => {
      const g = project(plan, { ...s, growthMode: 'sectoral' } as ResolvedScenario).series.realGrowth;
      const idx = planPeriodIndices(s);
      return idx.reduce((sum, i) => sum + g[i + 1], 0) / idx.length;
    };
    const scenarios = builtinScenarios.map((f) => resolveId(f.id, []));
    scenarios.push(withLeverValue(resolveId('plan-target', []), 'realGrowth.tertiary', 0.11));
    for (const s of scenarios) expect(allSectorsGrowth(s)).toBe(forced(s));
  });
});
