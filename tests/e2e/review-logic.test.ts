/**
 * The Review view's logic without a browser: observations saved through the reducer (a built-in is
 * copied; an edit that adds a problem is refused; older bad rows do not block), imports merged by year
 * and series, scenario import and share links carrying `actuals`, calibration applied as assumptions,
 * and the chart's paths agreeing with the engine's comparisons.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { calibrateHistory, calibratedScenario, historyCatalogue, parseActuals, project, reviewActuals, type SavedActual, type ScenarioFile } from '../../engine/index';
import { reduce } from '../../ui/state/reducer';
import { initialState, type AppState } from '../../ui/state/app-state';
import { loadState } from '../../ui/state/persistence';
import { plan, resolveId } from '../../ui/state/scenarios';
import { mergeActuals, newActualRow, readScenarioActuals, scenarioCatalogue } from '../../ui/state/actuals-edit';
import { seriesDisplay, seriesPaths } from '../../ui/state/review-series';
import { admitScenario, portableFile } from '../../ui/io/admit';
import { decodeShare, encodeShare, unwrapShare } from '../../ui/io/share-link';

const EXAMPLE = readFileSync(new URL('../../data/plans/wuhan-etdz-14th/actuals-example.csv', import.meta.url), 'utf8');
const HISTORY = readFileSync(new URL('../../data/plans/wuhan-etdz-14th/history-example.csv', import.meta.url), 'utf8');

const start = (): AppState => initialState('en');
const open = (s: AppState) => resolveId(s.openId, s.userScenarios);
const catalogue = scenarioCatalogue(resolveId('plan-target', []));
const example = parseActuals(EXAMPLE, catalogue).observations;

describe('observations saved with the scenario', () => {
  it('the first observation copies a built-in; the rows are saved in its file', () => {
    const rows: SavedActual[] = [{ year: 2021, series: 'gdpNominal', value: 1810, source: 'bulletin' }];
    const s = reduce(start(), { type: 'setActuals', rows });
    expect(s.openId).toBe('plan-target-copy');
    expect(s.userScenarios[0]).toMatchObject({ extends: 'plan-target', actuals: rows });
    expect(s.notice?.key).toBe('notice.forked');
  });

  it('an edit that adds a problem changes nothing and names the row; an older bad row does not block other edits', () => {
    const s1 = reduce(start(), { type: 'setActuals', rows: [{ year: 2021, series: 'gdpNominal', value: 1810 }] });
    // servicesShareOfGdp (in %) and shares.tertiary (a fraction) are one series: a second value for 2021 is a duplicate.
    const dup = reduce(s1, { type: 'setActuals', rows: [...open(s1).actuals!, { year: 2021, series: 'servicesShareOfGdp', value: 34.6 }, { year: 2021, series: 'shares.tertiary', value: 0.346 }] });
    expect(dup.userScenarios).toEqual(s1.userScenarios);
    expect(dup.notice?.kind).toBe('error');
    expect(dup.notice?.issues?.map((i) => i.path)).toEqual(['actuals[2].series']);
    const share = reduce(s1, { type: 'setActuals', rows: [...open(s1).actuals!, { year: 2021, series: 'shares.tertiary', value: 1.5 }] });
    expect(share.notice?.issues?.[0].path).toBe('actuals[1].value');
    // A row that went bad outside the table (here written straight into the file) is listed, not a blocker.
    const withBad: AppState = { ...s1, userScenarios: s1.userScenarios.map((f) => ({ ...f, actuals: [...f.actuals!, { year: 2021, series: 'investment', value: 100 }] })) };
    expect(readScenarioActuals(open(withBad), catalogue).issues.map((i) => i.path)).toEqual(['actuals[1].series']);
    const s2 = reduce(withBad, { type: 'setActuals', rows: [...open(withBad).actuals!, { year: 2022, series: 'population', value: 51.2 }] });
    expect(s2.notice?.kind).not.toBe('error');
    expect(open(s2).actuals).toHaveLength(3);
  });

  it('removing every row drops the field (nothing inherited to hide)', () => {
    const s1 = reduce(start(), { type: 'setActuals', rows: [{ year: 2021, series: 'gdpNominal', value: 1810 }] });
    const s2 = reduce(s1, { type: 'setActuals', rows: [] });
    expect('actuals' in s2.userScenarios[0]).toBe(false);
  });

  it('imported rows replace saved ones of the same year and series (also under another name), the rest is kept', () => {
    const saved: SavedActual[] = [{ year: 2021, series: 'shares.tertiary', value: 0.3 }, { year: 2023, series: 'gdpNominal', value: 2100 }];
    const merged = mergeActuals(saved, example, catalogue);
    expect(merged).toHaveLength(12);
    expect(merged.find((r) => r.year === 2021 && r.series === 'shares.tertiary')).toBeUndefined();
    expect(merged.find((r) => r.series === 'servicesShareOfGdp' && r.year === 2021)?.value).toBe(34.6);
    expect(merged.at(-1)).toEqual({ year: 2023, series: 'gdpNominal', value: 2100 });
    expect(merged.map((r) => r.year)).toEqual([...merged.map((r) => r.year)].sort());
  });

  it('a new row continues the last series in its first free year, from the scenario\'s own value', () => {
    const p = project(plan, resolveId('plan-target', []));
    expect(newActualRow([], p, catalogue)).toEqual({ year: 2021, series: 'gdpNominal', value: Number(p.series.gdpNominal[1].toPrecision(6)) });
    const row = newActualRow([{ year: 2021, series: 'population', value: 49.9 }], p, catalogue)!;
    expect([row.year, row.series]).toEqual([2022, 'population']);
  });

  it('the review tab is remembered', () => {
    const storage = { getItem: () => '{"tab":"review"}' } as unknown as Storage;
    expect(loadState(storage, 'en').tab).toBe('review');
  });
});

describe('import and share links carry the observations', () => {
  const file: ScenarioFile = { schemaVersion: 1, id: 'reviewed', name: { zh: '评估', en: 'Reviewed' }, extends: 'plan-target', actuals: example.map((o) => ({ year: o.year, series: o.series, value: o.value, ...(o.source ? { source: o.source } : {}) })) };

  it('a file with good observations is admitted as it is; a bad observation is refused with its path', () => {
    const good = admitScenario(file, []);
    expect(good.ok && good.file.actuals).toEqual(file.actuals);
    const bad = admitScenario({ ...file, actuals: [...file.actuals!, { year: 2051, series: 'gdpNominl', value: 1 }] }, []);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path).sort()).toEqual(['actuals[11].year']);
    const unknown = admitScenario({ ...file, actuals: [{ year: 2021, series: 'gdpNominl', value: 1 }] }, []);
    expect(!unknown.ok && unknown.issues.map((i) => i.path)).toEqual(['actuals[0].series']);
  });

  it('a share link round-trips them', async () => {
    const portable = portableFile(file, [], (id) => id === 'plan-target');
    const back = unwrapShare(await decodeShare(await encodeShare({ schemaVersion: 1, seed: 7, scenario: portable })));
    expect(back.ok && back.payload.scenario.actuals).toEqual(file.actuals);
  });
});

describe('calibration applied to the open scenario', () => {
  it('writes the calibrated growth assumptions and uncertainty (a built-in is copied first)', () => {
    const parsed = parseActuals(HISTORY, historyCatalogue(plan));
    expect(parsed.issues).toEqual([]);
    const proposal = calibratedScenario(calibrateHistory(parsed.observations), { id: 'x', name: { zh: 'x', en: 'x' }, extends: 'plan-target', source: 'history' })!;
    const s = reduce(start(), { type: 'applyCalibration', assumptions: proposal.assumptions!, uncertainty: proposal.uncertainty });
    expect(s.openId).toBe('plan-target-copy');
    const r = open(s);
    expect(r.assumptions.realGrowth).toEqual(proposal.assumptions!.realGrowth);
    expect(r.assumptions.deflator).toBe(proposal.assumptions!.deflator);
    expect(r.uncertainty).toMatchObject(proposal.uncertainty!);
    // What the history does not tell is kept (energy paths from plan-target).
    expect(r.assumptions.energyIntensityChange).toEqual(resolveId('plan-target', []).assumptions.energyIntensityChange);
  });
});

describe('the chart\'s paths', () => {
  it('meet the engine\'s comparisons in every observed year, in the unit the observation was written in', () => {
    const scenario = resolveId('plan-target', []);
    const review = reviewActuals(plan, scenario, example);
    for (const c of review.comparisons) {
      const paths = seriesPaths(review, c.series, catalogue);
      const at = (line: typeof paths.scenario) => line?.values[line.years.indexOf(c.year)] ?? null;
      expect(at(paths.scenario)).toBeCloseTo(c.scenario!, 9);
      if (c.targetPath !== null) expect(at(paths.planPath)).toBeCloseTo(c.targetPath, 9);
      expect(paths.observed.find((o) => o.year === c.year)?.value).toBe(c.observed);
    }
    expect(seriesDisplay('servicesShareOfGdp', catalogue, 'en')).toMatchObject({ unit: '% of GDP', factor: 1, percent: true });
    expect(seriesDisplay('shares.tertiary', catalogue, 'zh')).toMatchObject({ unit: '%', factor: 100, percent: true });
    expect(seriesDisplay('gdpNominal', catalogue, 'zh')).toMatchObject({ unit: '亿元', factor: 1, percent: false });
  });
});
