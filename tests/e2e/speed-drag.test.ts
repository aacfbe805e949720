/**
 * A lever drag as the room sees it (Chromium): the charts in view follow every input with their y axis
 * held and are redrawn with the axis rescaled after the release; a chart below the fold is not drawn
 * while it is out of view (not at the start, not during the drag, not after the release) and shows the
 * engine's projection of the edited scenario as soon as it is scrolled into view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppSession } from './support/app-session';
import { chartsSettled, chartTraces, chartY, freshStart, savedState, setSlider } from './support/app-page';
import { project, resolveScenario, type ScenarioFile } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';

const SLIDER = '[data-testid="lever-realGrowth.tertiary-slider"]';
let session: AppSession;
let page: Page;

type PlotEl = HTMLElement & { data?: { y: number[] }[]; layout?: { yaxis?: { range?: number[] } } };

const yRange = (id: string) => page.evaluate((chartId) => [...((document.querySelector(`[data-testid="${chartId}"]`) as PlotEl).layout?.yaxis?.range ?? [])], id);
const draws = (id: string) => page.evaluate((chartId) => window.__planpathDraws?.[chartId] ?? 0, id);
const below = (id: string) => page.evaluate((chartId) => document.querySelector(`[data-testid="${chartId}"]`)!.getBoundingClientRect().top > window.innerHeight + 200, id);

/** Sets the slider to `percent` with an input event (as a drag does). */
const slide = (percent: number): Promise<void> => setSlider(page, SLIDER, percent);

describe('lever drag', () => {
  beforeAll(async () => {
    session = await startApp({ locale: 'en-US' });
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('redraws the charts in view during the drag with held axes and after the release; a chart out of view is drawn when scrolled to', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await freshStart(page, session.url);
    await chartsSettled(page);
    expect(await below('chart-investment')).toBe(true);
    expect(await draws('chart-investment')).toBe(0);
    const range0 = await yRange('chart-gdp');
    await page.dispatchEvent(SLIDER, 'pointerdown');
    // Upwards, so that the current line rises above the baseline and the axis must grow on release.
    const max = Number(await page.getAttribute(SLIDER, 'max'));
    for (const v of [max - 6, max - 4, max - 2, max]) {
      const before = await draws('chart-gdp');
      await slide(v);
      await page.waitForFunction(([n]) => (window.__planpathDraws?.['chart-gdp'] ?? 0) > (n as number), [before]);
    }
    // In view: the line moved, the axis did not.
    expect(await yRange('chart-gdp')).toEqual(range0);
    expect((await chartTraces(page, 'chart-gdp')).some((t) => /Plan target/.test(t.name ?? ''))).toBe(true);
    const gdpDraws = await draws('chart-gdp');
    await page.dispatchEvent(SLIDER, 'pointerup');
    // The release redraws the chart in view with Plotly (the axis rescaled); the one below the fold still waits.
    await page.waitForFunction((n) => (window.__planpathDraws?.['chart-gdp'] ?? 0) > n, gdpDraws);
    await chartsSettled(page);
    expect(await draws('chart-investment')).toBe(0);
    expect(await page.getAttribute('[data-testid="chart-investment"]', 'data-pending-draw')).toBe('');
    // The released scenario, projected by the engine in Node.
    const state = await savedState(page);
    const file = state.userScenarios.find((s) => s.id === state.openId) as unknown as ScenarioFile;
    const p = project(defaultPlan, resolveScenario(file, (x) => builtinScenario(x), defaultPlan));
    const p0 = project(defaultPlan, resolveScenario(builtinScenario('plan-target'), (x) => builtinScenario(x), defaultPlan));
    const close = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= 1e-9 * Math.max(1, Math.abs(b[i])));
    expect(close(await chartY(page, 'chart-gdp'), p.series.gdpNominal)).toBe(true);
    // The axis follows the new data after the release (GDP rose above the baseline's range).
    const range1 = await yRange('chart-gdp');
    expect(range1[1]).toBeGreaterThan(range0[1]);
    expect(range1[1]).toBeGreaterThan(Math.max(...p.series.gdpNominal));
    // Printing draws the charts that wait where they are (a printout shows every chart).
    expect(await below('chart-land')).toBe(true);
    expect(await draws('chart-land')).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await chartsSettled(page);
    expect(await draws('chart-land')).toBe(1);
    expect(await page.getAttribute('[data-testid="chart-land"]', 'data-pending-draw')).toBeNull();
    expect(await below('chart-land')).toBe(true);
    // Scrolled to, the chart below the fold is drawn once, with the edited scenario's projection.
    const investment = await chartY(page, 'chart-investment', 1);
    expect(await draws('chart-investment')).toBe(1);
    expect(close(investment, p.series.impliedInvestmentCumulative)).toBe(true);
    expect(close(investment, p0.series.impliedInvestmentCumulative)).toBe(false);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
