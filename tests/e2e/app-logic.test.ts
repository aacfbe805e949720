/**
 * The web app's logic without a browser: the store's reducer (edits, forks of built-ins, rejected
 * edits, deletion), lever edits, import checks, share links, CSV, units and the dictionaries.
 * (Kept beside the browser tests because it is the same app; nothing here starts chromium.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flattenSeries, leverPath, project, type ScenarioFile } from '../../engine/index';
import { reduce } from '../../ui/state/reducer';
import { initialState, type AppState } from '../../ui/state/app-state';
import { leverValue, withLeverValue } from '../../ui/state/scenario-edit';
import { plan, resolveId } from '../../ui/state/scenarios';
import { loadState } from '../../ui/state/persistence';
import { displayStatus } from '../../ui/state/target-status';
import { admitScenario, parseJson } from '../../ui/io/admit';
import { decodeShare, encodeShare, shareFromHash, shareUrl, unwrapShare } from '../../ui/io/share-link';
import { BOM, projectionCsv } from '../../ui/io/csv';
import { en, zh } from '../../ui/i18n/index';
import { money, yiWords } from '../../ui/i18n/format';

const start = (): AppState => initialState('en');

describe('reducer', () => {
  it('editing a built-in scenario makes a copy that extends it, and says so', () => {
    const s = reduce(start(), { type: 'setLever', lever: 'realGrowth.tertiary', value: 0.1 });
    expect(s.openId).toBe('plan-target-copy');
    expect(s.userScenarios).toHaveLength(1);
    expect(s.userScenarios[0].extends).toBe('plan-target');
    expect(s.notice?.key).toBe('notice.forked');
    expect(leverValue(resolveId(s.openId, s.userScenarios), 'realGrowth.tertiary')).toBeCloseTo(0.1, 9);
    // A second edit changes the copy, not another copy.
    const s2 = reduce(s, { type: 'setLever', lever: 'population.growth', value: 0.05 });
    expect(s2.userScenarios).toHaveLength(1);
    expect(Object.keys(s2.userScenarios[0].assumptions ?? {}).sort()).toEqual(['population', 'realGrowth']);
  });

  it('an edit the engine rejects changes nothing and lists the problem', () => {
    const s = reduce(start(), { type: 'setLever', lever: 'realGrowth.tertiary', value: 5 });
    expect(s.userScenarios).toEqual([]);
    expect(s.openId).toBe('plan-target');
    expect(s.notice?.kind).toBe('error');
    expect(s.notice?.issues?.[0].path).toMatch(/^assumptions\.realGrowth\.tertiary/);
  });

  it('duplicate, rename and delete; children of a deleted scenario keep their values', () => {
    let s = reduce(start(), { type: 'duplicate', id: 'historical-trend' });
    expect(s.openId).toBe('historical-trend-copy');
    s = reduce(s, { type: 'setLever', lever: 'realGrowth.secondary', value: 0.07 });
    s = reduce(s, { type: 'duplicate', id: 'historical-trend-copy' });
    const child = s.openId;
    s = reduce(s, { type: 'rename', id: child, name: { zh: '子情景', en: 'Child' } });
    const before = project(plan, resolveId(child, s.userScenarios)).series.gdpNominal;
    // Make the child extend the parent, then delete the parent.
    s = { ...s, userScenarios: s.userScenarios.map((f) => (f.id === child ? { schemaVersion: 1, id: child, name: f.name, extends: 'historical-trend-copy' } : f)) };
    s = reduce(s, { type: 'delete', id: 'historical-trend-copy' });
    expect(s.userScenarios.map((f) => f.id)).toEqual([child]);
    expect(s.userScenarios[0].extends).toBeUndefined();
    expect(s.userScenarios[0].name.en).toBe('Child');
    expect(project(plan, resolveId(child, s.userScenarios)).series.gdpNominal).toEqual(before);
    expect(reduce(s, { type: 'delete', id: 'plan-target' })).toBe(s);
  });

  it('an indicator the model does not compute follows the trajectory set for it, and back', () => {
    const row = (s: AppState) => project(plan, resolveId(s.openId, s.userScenarios)).targets.find((r) => r.id === 'highTechEnterprises')!;
    const s0 = start();
    expect(row(s0).basis).toBe('default-path');
    const s1 = reduce(s0, { type: 'setIndicator', id: 'highTechEnterprises', trajectory: { annualChange: 0.1 } });
    expect(row(s1).basis).toBe('scenario-path');
    expect(row(s1).projected).toBeCloseTo(331 * 1.1 ** 5, 6);
    const s2 = reduce(s1, { type: 'setIndicator', id: 'highTechEnterprises', trajectory: null });
    expect(row(s2).basis).toBe('default-path');
  });

  it('the comparison set holds 2 to 4 known scenarios', () => {
    const s = reduce(start(), { type: 'setCompare', ids: ['plan-target', 'nope', 'services-led', 'slow-recovery', 'historical-trend', 'manufacturing-surge'] });
    expect(s.compareIds).toEqual(['plan-target', 'services-led', 'slow-recovery', 'historical-trend']);
  });
});

describe('lever edits', () => {
  it('setting a lever shifts its whole path: the plan-period average is the value, the shape is kept', () => {
    const base = resolveId('plan-target', []);
    fc.assert(
      fc.property(fc.constantFrom('realGrowth.secondary', 'realGrowth.tertiary', 'population.growth', 'co2IntensityChange' as const), fc.double({ min: -0.05, max: 0.3, noNaN: true }), (lever, value) => {
        const moved = withLeverValue(base, lever, value);
        expect(leverValue(moved, lever)).toBeCloseTo(value, 8);
        const a = leverPath(base, lever), b = leverPath(moved, lever);
        for (let i = 1; i < a.length; i++) expect(b[i] - b[i - 1]).toBeCloseTo(a[i] - a[i - 1], 8);
      }),
    );
  });
});

describe('import', () => {
  it('a bad file returns every problem with its path; a taken id gets a fresh one', () => {
    const bad = admitScenario({ schemaVersion: 1, id: 'x', name: { zh: 'x', en: 'x' }, extends: 'plan-target', assumptions: { realGrowth: { tertiary: 2, secondary: 'a' } }, colour: 1 }, []);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path).sort()).toEqual(['assumptions.realGrowth.secondary', 'assumptions.realGrowth.tertiary', 'colour']);
    const json = parseJson('{ nope');
    expect(json.ok).toBe(false);
    const good = admitScenario({ schemaVersion: 1, id: 'plan-target', name: { zh: 'x', en: 'x' }, extends: 'historical-trend' }, []);
    expect(good.ok && good.file.id).toBe('plan-target-2');
  });
});

describe('share links', () => {
  it('round-trip any scenario with its schema version and seed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 0xffffffff }), fc.double({ min: -0.5, max: 0.5, noNaN: true }).map((x) => x + 0), fc.string(), async (seed, rate, name) => {
        // (x + 0 turns -0 into 0: JSON has no negative zero, so a link cannot carry one.)
        const scenario: ScenarioFile = { schemaVersion: 1, id: 'shared', name: { zh: name, en: name }, extends: 'plan-target', assumptions: { realGrowth: { tertiary: rate } } as ScenarioFile['assumptions'] };
        const link = shareUrl('http://localhost:5173/#old', await encodeShare({ schemaVersion: 1, seed, scenario }));
        expect(link.startsWith('http://localhost:5173/#share=')).toBe(true);
        const back = unwrapShare(await decodeShare(shareFromHash(`#${link.split('#')[1]}`)!));
        expect(back).toEqual({ ok: true, payload: { schemaVersion: 1, seed, scenario } });
      }),
      { numRuns: 30 },
    );
    expect(unwrapShare({ schemaVersion: 2, seed: 1, scenario: {} })).toEqual({ ok: false, problem: { path: 'schemaVersion', value: 2 } });
    await expect(decodeShare('AAAA')).rejects.toThrow();
  });
});

describe('CSV', () => {
  it('has a BOM, a header with every year, and one row per series with the values', () => {
    const p = project(plan, resolveId('plan-target', []));
    for (const lang of ['en', 'zh'] as const) {
      const text = projectionCsv(p, plan, lang);
      expect(text.startsWith(BOM)).toBe(true);
      const lines = text.slice(1).trimEnd().split('\r\n');
      expect(lines[0].split(',').slice(3).map(Number)).toEqual(p.years);
      expect(lines).toHaveLength(1 + flattenSeries(p.series).length);
      const gdp = lines.find((l) => l.startsWith('gdpNominal,'))!.split(',');
      // Numbers are written to 10 significant digits (no 1777.2240299999999).
      expect(gdp.slice(3).map(Number)).toEqual(p.series.gdpNominal.map((v) => Number(v.toPrecision(10))));
      for (const cell of gdp.slice(3)) expect(cell.replace(/^-|\./g, '').replace(/^0+/, '').length).toBeLessThanOrEqual(10);
    }
  });
});

describe('units and languages', () => {
  it('money in English is CNY billions (4,000 亿元 = CNY 400 billion), never "4000 billion"', () => {
    expect(yiWords(4000, 'en')).toBe('CNY 400 billion');
    expect(money(4000, 'zh')).toBe('4,000 亿元');
    fc.assert(fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), (yi) => {
      const text = yiWords(yi, 'en');
      const billions = Number(text.replace(/[^0-9.]/g, ''));
      expect(Math.abs(billions - yi / 10)).toBeLessThanOrEqual(Math.max(0.006, (yi / 10) * 0.006));
    }));
  });

  it('the dictionaries have the same keys, no empty text, and the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key].trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zh[key]), key).toEqual(names(en[key]));
    }
  });

  it('status: the app shows the engine\'s one at-risk rule (missed by under 5% of the target)', () => {
    const p = project(plan, resolveId('plan-target', []));
    const row = p.targets.find((r) => r.id === 'gdpNominal')!;
    expect(displayStatus(row)).toBe('met');
    expect(displayStatus({ ...row, status: 'at-risk', met: false, projected: 3850, gap: -150 })).toBe('atRisk');
    expect(displayStatus({ ...row, status: 'missed', met: false, projected: 3700, gap: -300 })).toBe('missed');
    expect(displayStatus({ ...row, status: 'assumed', basis: 'default-path' })).toBe('assumed');
  });

  it('saved state that is malformed falls back to a first visit', () => {
    const storage = { getItem: () => '{"lang":"zh","openId":"gone","tab":"nope","userScenarios":"x"}' } as unknown as Storage;
    const s = loadState(storage, 'en');
    expect(s.lang).toBe('zh');
    expect(s.openId).toBe('plan-target');
    expect(s.tab).toBe('workspace');
    expect(s.userScenarios).toEqual([]);
  });
});
