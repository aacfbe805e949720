/**
 * The app's side of the structural energy and carbon modes: lever edits write the right block of the
 * user's file, the energy chart shows energy use by sector, and the one-time notice for saved
 * scenarios that extend a built-in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { project, type ScenarioFile } from '../../engine/index';
import { withLeverValue, writeAssumptions, leverValue } from '../../ui/state/scenario-edit';
import { plan, resolveFile } from '../../ui/state/scenarios';
import { linkedModelNotice, LINKED_MODEL_NOTICE } from '../../ui/state/linked-model-notice';
import { stateFromSnapshot } from '../../ui/state/storage/load-saved';
import { energyFigure } from '../../ui/charts/energy-chart';

const copy: ScenarioFile = { schemaVersion: 1, id: 'my-trend', name: { zh: '我的', en: 'Mine' }, extends: 'historical-trend' };
const t = ((key: string) => key) as never;

describe('levers in the structural modes', () => {
  it('the energy lever writes every sector\'s efficiency gain into assumptions.energy, never energyIntensityChange', () => {
    const resolved = resolveFile(copy, []);
    const moved = withLeverValue(resolved, 'energyIntensityChange', -0.03);
    expect(leverValue(moved, 'energyIntensityChange')).toBeCloseTo(-0.03, 9);
    const file = writeAssumptions(copy, moved, ['energyIntensityChange', 'co2IntensityChange']);
    expect(file.assumptions?.energyIntensityChange).toBeUndefined();
    expect(file.assumptions?.co2IntensityChange).toBeUndefined();
    expect(file.assumptions?.energy?.intensityChangeBySector).toEqual({ primary: -0.03, secondary: -0.03, tertiary: -0.03 });
    expect(file.assumptions?.carbon?.carbonPerEnergyChange).toBe(-0.01);
    // The written file is valid (a version-1 child of a version-2 built-in) and projects.
    const again = resolveFile(file, []);
    expect(project(plan, again).series.energyIntensityIndex[5]).toBeLessThan(project(plan, resolved).series.energyIntensityIndex[5]);
  });
});

describe('energy chart', () => {
  it('stacks energy use by sector when energy follows the sector mix, and not otherwise', () => {
    const structural = energyFigure(project(plan, resolveFile(copy, [])), plan, 'en', t);
    expect(structural.data.filter((d) => d.type === 'bar')).toHaveLength(3);
    const v1 = JSON.parse(readFileSync(new URL('./golden/v1-historical-trend.json', import.meta.url), 'utf8'));
    const exogenous = energyFigure(project(plan, resolveFile({ ...v1, id: 'old-trend' }, [])), plan, 'en', t);
    expect(exogenous.data.filter((d) => d.type === 'bar')).toHaveLength(0);
  });
});

describe('one-time notice', () => {
  it('is shown once when a saved scenario extends a built-in (also through another saved one)', () => {
    const chained: ScenarioFile = { schemaVersion: 1, id: 'mine-2', name: { zh: '二', en: 'Two' }, extends: 'my-trend' };
    const first = linkedModelNotice([copy, chained], []);
    expect(first.notice?.key).toBe('notice.linkedModel');
    expect(first.notice?.params).toEqual({ n: 2 });
    expect(first.seen).toEqual([LINKED_MODEL_NOTICE]);
    expect(linkedModelNotice([copy], first.seen).notice).toBeNull();
    expect(linkedModelNotice([], []).notice).toBeNull();
  });
  it('loading saved work shows it and records it in the preferences', () => {
    const loaded = stateFromSnapshot({ prefs: {}, scenarios: [{ id: 'my-trend', value: copy }], sessions: [], setAside: [], migrated: false } as never, 'en', '2026-01-01T00:00:00Z');
    expect(loaded.state.notice?.key).toBe('notice.linkedModel');
    expect(loaded.state.seenNotices).toContain(LINKED_MODEL_NOTICE);
    const later = stateFromSnapshot({ prefs: { seenNotices: [LINKED_MODEL_NOTICE] }, scenarios: [{ id: 'my-trend', value: copy }], sessions: [], setAside: [], migrated: false } as never, 'en', '2026-01-01T00:00:00Z');
    expect(later.state.notice).toBeNull();
  });
});

describe('uncertainty edits of a copy of a built-in', () => {
  it('write schemaVersion 2 when the uncertainty block carries energy or carbon shocks, and stay valid', async () => {
    const { reduce } = await import('../../ui/state/reducer');
    const { initialState } = await import('../../ui/state/app-state');
    const start = { ...initialState('en'), userScenarios: [copy], openId: copy.id };
    const next = reduce(start, { type: 'setUncertainty', patch: { deflatorVolatility: 0.02 } });
    const file = next.userScenarios.find((f) => f.id === copy.id)!;
    expect(file.schemaVersion).toBe(2);
    expect(file.uncertainty?.energyIntensityVolatility).toBeDefined();
    expect(() => resolveFile(file, [])).not.toThrow();
  });
});
