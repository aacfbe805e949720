/**
 * The mid-term review view in chromium (same session helpers as app.test.ts): importing actuals with a
 * bad row (problems listed with line and column, nothing loaded until the good rows are accepted),
 * plan against actual, targets re-anchored with Monte Carlo probabilities, persistence across a
 * reload, typed observations, calibration from history, a share link that carries the observations,
 * and screenshots of the view in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { project, resolveScenario, seriesAt } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';
import type { Page } from 'playwright-core';
import { startApp, type AppSession } from './support/app-session';
import { parseCsv } from './support/csv';
import { chartTraces, chartY, clearSaved, freshStart, sizesOrCurrent, openTab, savedState, screenshot, unlabelledControls, waitForChart } from './support/app-page';

const EXAMPLE = readFileSync(new URL('../../data/plans/wuhan-etdz-14th/actuals-example.csv', import.meta.url), 'utf8');
const HISTORY = readFileSync(new URL('../../data/plans/wuhan-etdz-14th/history-example.csv', import.meta.url), 'utf8');
/** The example file (header and 11 rows, lines 1-12) with a misspelt series on line 13. */
const WITH_BAD_ROW = `${EXAMPLE.trimEnd()}\n2023,gdpNominl,2000,typo in the series name\n`;

type Saved = Omit<Awaited<ReturnType<typeof savedState>>, 'userScenarios'> & { userScenarios: { id: string; extends?: string; actuals?: unknown[]; assumptions?: Record<string, unknown>; uncertainty?: Record<string, unknown> }[] };

let session: AppSession;
let page: Page;

const rows = (p: Page) => p.getAttribute('[data-testid="actuals-table"]', 'data-rows');
const saved = (p: Page) => savedState(p) as unknown as Promise<Saved>;

/** Waits for the Monte Carlo on the re-anchored plan to deliver probabilities for the current observations. */
async function waitForProbabilities(p: Page): Promise<void> {
  await p.waitForSelector('[data-testid="review-mc-status"][data-state="ready"]', { timeout: 30_000 });
}

async function importActuals(p: Page, text: string, name = 'actuals.csv'): Promise<void> {
  await p.setInputFiles('[data-testid="actuals-import"]', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

describe('Mid-term review view in chromium', () => {
  beforeAll(async () => {
    session = await startApp({ locale: 'en-US' });
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('a scenario with no saved observations starts from the published statistics, each with status and source', async () => {
    await freshStart(page, session.url);
    await openTab(page, 'review');
    await page.waitForSelector('[data-testid="review-published-table"]');
    expect(await page.textContent('[data-testid="review-source"]')).toContain('the published statistics (final, preliminary)');
    // The headline in words, computed: (4000 / 2008.8)^(1/3) - 1 = 25.8% nominal a year for 2023-2025.
    const headline = await page.textContent('[data-testid="review-headline"]');
    expect(headline).toContain('GDP was 2,008.8 亿元 (CNY 200.9 billion) in 2022 (preliminary)');
    expect(headline).toContain('needs nominal growth of 25.8% a year in 2023-2025');
    expect(headline).toContain('against 5.0% real growth in 2022');
    await waitForProbabilities(page);
    expect(await page.textContent('[data-testid="review-headline"]')).toMatch(/probability of reaching it is (under 0\.1%|\d+\.\d%)/);
    expect(await page.textContent('[data-testid="review-summary"]')).toMatch(/2 can be judged from figures observed since 2020: 0 achieved early, 0 faster than expected, 0 broadly as expected, 2 behind/);
    // Rows: used, lower bound, estimate (off by default), context.
    const reason = (id: string) => page.getAttribute(`[data-testid="published-${id}"]`, 'data-reason');
    expect(await reason('gdpNominal-2022')).toBe('used');
    expect(await reason('highTechEnterprises-2022')).toBe('lower-bound');
    expect(await reason('realGrowth-2021')).toBe('status-off');
    expect(await reason('foreignTradeCumulative-2021-2023')).toBe('context');
    expect(await page.getAttribute('[data-testid="published-gdpNominal-2022"] a', 'href')).toBe('http://ger.whkfq.gov.cn/2023-03/10/c_869194.htm');
    expect(await page.isChecked('[data-testid="published-status-estimate"]')).toBe(false);
    // Plan against actual shows each observation's status; retail sales and GDP are behind, high-tech has only a lower bound.
    expect(await page.textContent('[data-testid="comparison-2022-gdpNominal"]')).toContain('preliminary');
    expect(await page.getAttribute('[data-testid="review-class-retailSales"]', 'data-class')).toBe('behind');
    expect(await page.getAttribute('[data-testid="review-class-gdpNominal"]', 'data-class')).toBe('behind');
    expect(await page.getAttribute('[data-testid="review-class-highTechEnterprises"]', 'data-class')).toBe('lower-bound');
    expect(await page.getAttribute('[data-testid="review-status-retailSales"]', 'data-status')).toBe('assumed');
    expect(await page.textContent('[data-testid="review-target-retailSales"]')).toContain('178.7 (2022)');
    for (const [w, h] of sizesOrCurrent(page, [[1280, 720], [1920, 1080]] as const)) {
      await page.setViewportSize({ width: w, height: h });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `review-published-en-${w}`);
    }
    // Estimates on: the 2021 real growth estimate (15%) is used; nothing is saved in the scenario.
    await page.check('[data-testid="published-status-estimate"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="published-realGrowth-2021"]')?.getAttribute('data-reason') === 'used');
    expect((await saved(page)).userScenarios).toEqual([]);
    await page.uncheck('[data-testid="published-status-estimate"]');
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('[data-testid="review-headline"]')).toContain('2023-2025年名义需年均增长25.8%');
    expect(await page.textContent('[data-testid="review-summary"]')).toContain('滞后于预期2项');
    for (const [w, h] of sizesOrCurrent(page, [[1280, 720], [1920, 1080]] as const)) {
      await page.setViewportSize({ width: w, height: h });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `review-published-zh-${w}`);
    }
    await page.locator('[data-testid="review-targets"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'review-published-targets-zh-1920');
    await page.click('[data-testid="lang-toggle"]');
    await page.setViewportSize({ width: 1440, height: 960 });
    expect(await unlabelledControls(page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('lists every bad row with its line and column and loads nothing until the good rows are accepted', async () => {
    // Continues on the previous test's page: a first visit in English, on the review view, nothing saved
    // (checked there); an app start is the costliest step of this file.
    expect((await saved(page)).userScenarios).toEqual([]);
    await openTab(page, 'review');
    await page.waitForSelector('[data-testid="view-review"]');
    await importActuals(page, WITH_BAD_ROW);
    await page.waitForSelector('[data-testid="actuals-errors"]');
    const errors = await page.textContent('[data-testid="actuals-errors"]');
    expect(errors).toContain('Line 13, column 6 (series): "gdpNominl" - unknown series');
    expect(errors).toContain('Nothing has been loaded');
    expect(await page.textContent('[data-testid="actuals-accept"]')).toBe('Accept the good rows (11)');
    // Nothing loaded: no rows, no copy of the built-in; the review still stands on the published statistics.
    expect(await rows(page)).toBe('0');
    expect((await saved(page)).userScenarios).toEqual([]);
    expect(await page.textContent('[data-testid="review-source"]')).toContain('published statistics');
    await screenshot(page, 'review-import-errors-en');

    await page.click('[data-testid="actuals-accept"]');
    await page.waitForSelector('[data-testid="actuals-table"][data-rows="11"]');
    expect(await page.$('[data-testid="actuals-errors"]')).toBeNull();
    // Saved observations take precedence over the published statistics.
    expect(await page.textContent('[data-testid="review-source"]')).toContain('saved with the scenario (11)');
    await page.waitForSelector('[data-testid="review-published-superseded"]');
    const state = await saved(page);
    expect(state.openId).toBe('plan-target-copy');
    expect(state.userScenarios[0].extends).toBe('plan-target');
    expect(state.userScenarios[0].actuals).toHaveLength(11);
    expect(await page.textContent('[data-testid="notice"]')).toContain('read-only');
  });

  it('draws plan against actual and shows the re-anchored targets with probabilities', async () => {
    await waitForChart(page, 'review-chart');
    const names = (await chartTraces(page, 'review-chart')).map((t) => t.name);
    expect(names).toEqual(['Scenario path', "Plan's path to the target", 'Re-anchored at 2022', 'Observed', 'Target']);
    expect(await chartY(page, 'review-chart', 3)).toEqual([1810, 1905]);
    expect(await page.getAttribute('[data-testid="review-chart"]', 'aria-label')).toMatch(/In 2022 the observed value is 1,905 CNY 100 million, against 2,317 CNY 100 million on the scenario's path/);
    expect(await page.textContent('[data-testid="review-anchor"]')).toContain('Re-anchored at 2022');
    const gdp2021 = await page.textContent('[data-testid="comparison-2021-gdpNominal"]');
    expect(gdp2021).toContain('1,810');
    expect(gdp2021).toContain('(-7.2%)');
    // The services share (written in %, as its indicator) deviates in percentage points.
    expect(await page.textContent('[data-testid="comparison-2021-servicesShareOfGdp"]')).toMatch(/-1\.6\d? pp \(-4\.5%\)/);
    // Targets: the closed-form required change from the last observation, (4000 / 1905)^(1/3) - 1 = 28.05%.
    expect(await page.textContent('[data-testid="review-required-gdpNominal"]')).toContain('+28.05%');
    expect(await page.textContent('[data-testid="review-target-gdpNominal"]')).toContain('1,905 (2022)');
    // The table as CSV: the scenario's name in the file name, 10 significant digits, deviations that add up.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="review-csv"]')]);
    expect(download.suggestedFilename()).toBe('planpath-Plan-target-(copy)-review.csv');
    const csv = parseCsv((await readFile((await download.path())!, 'utf8')).slice(1));
    expect(csv[0].slice(0, 6)).toEqual(['Year', 'Series', 'unit', 'Observed', 'Status', 'Scenario']);
    const gdpRow = csv.find((r) => r[0] === '2021' && r[3] === '1810')!;
    const [observed, scenario, deviation, relative] = [3, 5, 6, 7].map((i) => Number(gdpRow[i]));
    const engine = project(defaultPlan, resolveScenario(builtinScenario('plan-target'), builtinScenario, defaultPlan));
    expect(scenario).toBeCloseTo(seriesAt(engine.series, 'gdpNominal')![engine.years.indexOf(2021)], 5);
    expect(deviation).toBeCloseTo(observed - scenario, 5);
    expect(relative).toBeCloseTo((observed - scenario) / scenario, 9);
    expect(relative).toBeCloseTo(-0.072, 3);
    for (const cell of csv.slice(1).flat()) if (cell !== '' && Number.isFinite(Number(cell))) expect(cell.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length, cell).toBeLessThanOrEqual(10);
    await waitForProbabilities(page);
    const p = await page.textContent('[data-testid="review-prob-gdpNominal"]');
    expect(p).toMatch(/^\d{1,3}\.\d%$/);
    expect(parseFloat(p!)).toBeLessThan(40);
    expect(await page.textContent('[data-testid="review-prob-population"]')).toMatch(/^\d{1,3}\.\d%$/);
    expect(await page.textContent('[data-testid="review-mc-status"]')).toMatch(/20,000 paths, seed \d+, from 2022/);
    // Another series: the services share, written in % as its indicator, against its 50% target.
    await page.selectOption('[data-testid="review-series"]', 'servicesShareOfGdp');
    await page.waitForFunction(() => document.querySelector('[data-testid="review-chart"]')?.getAttribute('aria-label')?.startsWith('Services'));
    expect(await chartY(page, 'review-chart', 3)).toEqual([34.6, 35.9]);
    expect((await chartY(page, 'review-chart', 4))[0]).toBe(50);
    expect(await page.getAttribute('[data-testid="review-chart"]', 'aria-label')).toMatch(/In 2022 the observed value is 35\.9\d?%/);
    await page.locator('[data-testid="review-chart"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'review-chart-share-en');
    await page.selectOption('[data-testid="review-series"]', 'gdpNominal');
    // Every control of the view (table, import, chart picker, calibration) has an accessible name; the chart has its text alternative.
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await page.textContent('[data-testid="review-chart"] + figcaption')).toMatch(/years observed: 2/);
  });

  it('keeps the observations across a reload', async () => {
    await page.reload();
    await page.waitForSelector('[data-testid="actuals-table"][data-rows="11"]');
    await waitForChart(page, 'review-chart');
    expect(await page.inputValue('[data-testid="scenario-picker"]')).toBe('plan-target-copy');
    expect(await page.inputValue('[data-testid="actual-value-0"]')).toBe('1810');
    await waitForProbabilities(page);
  });

  it('takes typed observations: a new year re-anchors the targets, removing it goes back', async () => {
    await page.click('[data-testid="actuals-add"]');
    await page.waitForSelector('[data-testid="actuals-table"][data-rows="12"]');
    // The new row continues the last series in its first free year; a year and series already taken cannot be picked.
    expect(await page.inputValue('[data-testid="actual-series-11"]')).toBe('highTechEnterprises');
    expect(await page.inputValue('[data-testid="actual-year-11"]')).toBe('2021');
    // Nothing is saved until a value is typed: the new row shows the scenario's value as a placeholder only.
    expect(await page.inputValue('[data-testid="actual-value-11"]')).toBe('');
    expect(await page.getAttribute('[data-testid="actual-value-11"]', 'placeholder')).toMatch(/^\d/);
    expect((await saved(page)).userScenarios[0].actuals).toHaveLength(11);
    expect(await page.$eval('[data-testid="actual-series-11"] option[value="gdpNominal"]', (o) => (o as HTMLOptionElement).disabled)).toBe(true);
    await page.selectOption('[data-testid="actual-year-11"]', '2023');
    await page.selectOption('[data-testid="actual-series-11"]', 'gdpNominal');
    // Each keystroke that leaves a number is saved; the probabilities wait for the edits to settle.
    // A thousands separator is read as one ("2,150" = 2150), full-width digits too.
    await page.fill('[data-testid="actual-value-11"]', '2,150');
    await page.fill('[data-testid="actual-source-11"]', 'Typed in the test');
    await page.waitForFunction(() => document.querySelector('[data-testid="review-anchor"]')?.textContent?.includes('2023'));
    const row = (await saved(page)).userScenarios[0].actuals!.at(-1);
    expect(row).toEqual({ year: 2023, series: 'gdpNominal', value: 2150, source: 'Typed in the test' });
    expect(await page.textContent('[data-testid="review-target-gdpNominal"]')).toContain('2,150 (2023)');
    await waitForProbabilities(page);
    expect(await page.textContent('[data-testid="review-mc-status"]')).toContain('from 2023');
    await page.click('[data-testid="actual-remove-11"]');
    await page.waitForSelector('[data-testid="actuals-table"][data-rows="11"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="review-anchor"]')?.textContent?.includes('2022'));
  });

  it('calibrates from a pasted history and applies it as growth assumptions and uncertainty', async () => {
    await page.fill('[data-testid="calibration-input"]', HISTORY);
    await page.waitForSelector('[data-testid="calibration-estimates"]');
    expect(await page.locator('[data-testid="calibration-estimates"] tbody tr').count()).toBe(5);
    expect(await page.textContent('[data-testid="calibration-realGrowth.tertiary"]')).toMatch(/\d+\.\d\d% ± \d+\.\d\d pp/);
    // The population level gives 10 growth observations: too few for its persistence (20), and said so.
    expect(await page.textContent('[data-testid="calibration-warnings"]')).toContain('population: the persistence rests on 10 growth observations, fewer than 20');
    await page.click('[data-testid="calibration-apply"]');
    await page.waitForSelector('[data-testid="calibration-applied"]');
    const file = (await saved(page)).userScenarios.find((s) => s.id === 'plan-target-copy')!;
    expect(Object.keys(file.assumptions!.realGrowth as object).sort()).toEqual(['primary', 'secondary', 'tertiary']);
    expect(file.assumptions!.deflator).toEqual(expect.any(Number));
    expect(file.uncertainty!.persistence).toEqual(expect.any(Number));
    expect(file.actuals).toHaveLength(11);
    // The review follows the new assumptions at once, and the probabilities follow once computed.
    await waitForProbabilities(page);
  });

  it('shows the review view in both languages: Chinese labels, CSV header, chart label, import errors (screenshots: npm run screenshots)', async () => {
    await openTab(page, 'review');
    await waitForChart(page, 'review-chart');
    await waitForProbabilities(page);
    await page.fill('[data-testid="calibration-input"]', HISTORY);
    await page.waitForSelector('[data-testid="calibration-estimates"]');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'review-en');
    await screenshot(page, 'review-en-full', { fullPage: true });
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await waitForChart(page, 'review-chart');
    const text = (await page.textContent('[data-testid="view-review"]'))!;
    for (const zh of ['实际统计数据', '实际与规划对照', '重新锚定', '依据历史数据校准假设', '当前达成概率']) expect(text).toContain(zh);
    expect(text).not.toMatch(/Observed|Scenario path|Required|Persistence|Calibrate/);
    const [zhCsv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="review-csv"]')]);
    expect(parseCsv((await readFile((await zhCsv.path())!, 'utf8')).slice(1))[0].slice(0, 6)).toEqual(['年份', '序列', '单位', '实际值', '数据状态', '情景路径']);
    expect(await page.getAttribute('[data-testid="review-chart"]', 'aria-label')).toContain('1,905 亿元');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'review-zh');
    await screenshot(page, 'review-zh-full', { fullPage: true });
    await importActuals(page, WITH_BAD_ROW);
    await page.waitForSelector('[data-testid="actuals-errors"]');
    expect(await page.textContent('[data-testid="actuals-errors"]')).toContain('第 13 行第 6 列(series)');
    await screenshot(page, 'review-import-errors-zh');
    await page.click('[data-testid="actuals-discard"]');
    await page.click('[data-testid="lang-toggle"]');
    expect(session.pageErrors).toEqual([]);
  });

  it('a share link carries the observations to another browser', async () => {
    await openTab(page, 'scenarios');
    await page.click('[data-testid="share-plan-target-copy"]');
    const link = await page.inputValue('[data-testid="share-link"]');
    await clearSaved(page);
    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForSelector('[data-testid="notice"]');
    const state = await saved(page);
    expect(state.userScenarios[0].actuals).toHaveLength(11);
    await openTab(page, 'review');
    await page.waitForSelector('[data-testid="actuals-table"][data-rows="11"]');
    expect(session.pageErrors).toEqual([]);
  });
});
