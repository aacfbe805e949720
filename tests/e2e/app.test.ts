/**
 * End-to-end tests of the web app in a real browser: the app is built once with Vite, served from
 * Node on a free localhost port and driven in Debian's chromium through playwright-core.
 * Screenshots of every view in both languages go to artifacts/screenshots/. The tests run in order on
 * one page; most start the app afresh (no saved work), a few continue on the page the previous test
 * left when that is as good as a fresh start for them (said at the top of each).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startApp, type AppSession } from './support/app-session';
import { project, resolveScenario, seriesAt } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';
import { parseCsv } from './support/csv';
import { chartsSettled, chartTraces, chartY, clearSaved, freshStart, openTab, SAVE_SCREENSHOTS, savedState, screenshot, switchLanguage, unlabelledControls, waitForChart, waitForMonteCarlo } from './support/app-page';

const TABS = ['workspace', 'scorecard', 'compare', 'uncertainty', 'sensitivity', 'goalSeek', 'scenarios'] as const; // the review view has its own file (review.test.ts)

let session: AppSession;
let server: { url: string };
let page: Page;
let pageErrors: string[];

/** GDP at current prices in 2025 (亿元) of a built-in scenario, from the engine in Node: the oracle of the app's numbers. */
function gdp2025(id: string): number {
  const p = project(defaultPlan, resolveScenario(builtinScenario(id), builtinScenario, defaultPlan));
  return seriesAt(p.series, 'gdpNominal')![p.years.indexOf(2025)];
}

/** Clicks a CSV export button: the suggested file name, the text (BOM checked and removed) and its rows. */
async function downloadCsv(testId: string): Promise<{ name: string; text: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testId}"]`)]);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return { name: download.suggestedFilename(), text: text.slice(1), rows: parseCsv(text.slice(1)) };
}

/** Every number in the rows is written with at most 10 significant digits (no 1777.2240299999999). */
function expectTenDigits(rows: string[][]): void {
  const numbers = rows.slice(1).flat().filter((c) => c !== '' && Number.isFinite(Number(c)));
  expect(numbers.length).toBeGreaterThan(5);
  const digits = (c: string) => c.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
  expect(numbers.filter((c) => digits(c) > 10)).toEqual([]);
}

describe('Planpath web app in chromium', () => {
  beforeAll(async () => {
    session = await startApp({ locale: 'en-US' });
    ({ page, pageErrors } = session);
    server = { url: session.url };
  });

  afterAll(async () => {
    await session?.close();
  });

  it('loads with a built-in scenario, its charts and the 2025 scorecard; every control is labelled', async () => {
    await freshStart(page, server.url);
    expect(await page.inputValue('[data-testid="scenario-picker"]')).toBe('plan-target');
    for (const id of ['chart-gdp', 'chart-shares', 'chart-population', 'chart-energy', 'chart-percapita', 'chart-services']) await waitForChart(page, id);
    expect(await page.getAttribute('[data-testid="chart-gdp"]', 'aria-label')).toMatch(/In 2025, GDP at current prices is CNY 400 billion/);
    expect(await page.textContent('body')).not.toMatch(/4,?000 billion/);
    expect(await unlabelledControls(page)).toEqual([]);
    // The browser builds no omnibox popup page, which headless never shows (support/browser.ts, HEADLESS_UNSHOWN_FEATURES).
    const cdp = await session.browser.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    expect(targetInfos.some((t) => t.type === 'page' && t.url.startsWith(server.url))).toBe(true);
    expect(targetInfos.filter((t) => t.url.startsWith('chrome://omnibox')).map((t) => t.url)).toEqual([]);
    await openTab(page, 'scorecard');
    const row = page.locator('[data-testid="target-gdpNominal"]');
    expect(await row.getAttribute('data-status')).toBe('met');
    expect(await page.textContent('[data-testid="projected-gdpNominal"]')).toBe('4,000');
    expect(await page.textContent('[data-testid="projected-servicesShareOfGdp"]')).toBe('50.00');
    // A row opens the plan's own sentence with its chapter.
    await row.locator('button.row-open').click();
    expect(await page.textContent('[data-testid="detail-gdpNominal"]')).toContain('4000亿元');
    expect(pageErrors).toEqual([]);
  });

  it('opens every view in both languages without a page error (screenshots: npm run screenshots)', async () => {
    // Continues on the first test's page: a first visit in English, nothing edited or saved (as a fresh start
    // would give it: an app start is the costliest step here). It leaves the page in English for the next test.
    // Each view is opened once and shown in both languages: in the one the last view ended in, then switched
    // (a switch redraws the open view only; opening every view once per language drew each view twice from
    // scratch and ran its computations, Monte Carlo and Sobol, twice).
    let lang: 'en' | 'zh' = 'en';
    for (const tab of TABS) {
      await openTab(page, tab);
      for (const pass of [1, 2]) {
        if (pass === 2) {
          lang = lang === 'en' ? 'zh' : 'en';
          await switchLanguage(page, lang);
        }
        if (tab === 'workspace') await waitForChart(page, 'chart-services');
        if (tab === 'compare') await waitForChart(page, 'compare-services');
        if (tab === 'uncertainty') await waitForMonteCarlo(page);
        if (tab === 'sensitivity') await waitForChart(page, 'chart-sobol');
        if (tab === 'goalSeek') {
          await page.waitForSelector('[data-testid="goal-apply"]');
          await page.click('[data-testid="goal2-solve"]');
          await page.waitForSelector('[data-testid="goal2-apply"]');
        }
        // The pictures show each view from its top (the waits above scroll to the chart they wait for).
        if (SAVE_SCREENSHOTS) await page.evaluate(() => window.scrollTo(0, 0));
        await chartsSettled(page);
        await screenshot(page, `${tab}-${lang}`);
        if (tab === 'workspace') {
          await page.evaluate(() => document.querySelector('.side')!.scrollTo(0, 100_000));
          await screenshot(page, `levers-${lang}`);
          await page.evaluate(() => document.querySelector('.side')!.scrollTo(0, 0));
        }
      }
    }
    await switchLanguage(page, 'en');
    expect(pageErrors).toEqual([]);
  });

  it('moving a lever redraws the GDP chart and changes the scorecard (a built-in is copied, not edited)', async () => {
    // Continues on the previous tests' page: a first visit, in English, nothing edited or saved (an app start is the costliest step here).
    await openTab(page, 'workspace');
    await waitForChart(page, 'chart-gdp');
    const before = await chartY(page, 'chart-gdp');
    const summaryBefore = await page.getAttribute('[data-testid="chart-gdp"]', 'aria-label');
    await page.fill('[data-testid="lever-realGrowth.tertiary"]', '10');
    await page.waitForFunction((b) => {
      const el = document.querySelector('[data-testid="chart-gdp"]') as HTMLElement & { data?: { y: number[] }[] };
      return el.data?.[0]?.y?.[5] !== undefined && el.data[0].y[5] < b - 100;
    }, before[5]);
    const after = await chartY(page, 'chart-gdp');
    expect(after[0]).toBeCloseTo(1650, 6);
    expect(after[5]).toBeLessThan(before[5] - 100);
    expect(await page.getAttribute('[data-testid="chart-gdp"]', 'aria-label')).not.toBe(summaryBefore);
    expect(await page.textContent('[data-testid="notice"]')).toContain('read-only');
    const state = await savedState(page);
    expect(state.openId).toBe('plan-target-copy');
    expect(state.userScenarios[0].extends).toBe('plan-target');
    // Sliders work from the keyboard too.
    const shares = await chartY(page, 'chart-shares');
    await page.focus('[data-testid="lever-realGrowth.secondary-slider"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((s) => {
      const el = document.querySelector('[data-testid="chart-shares"]') as HTMLElement & { data?: { y: number[] }[] };
      return el.data![0].y[5] !== s;
    }, shares[5]);
    await openTab(page, 'scorecard');
    expect(await page.getAttribute('[data-testid="target-gdpNominal"]', 'data-status')).toBe('missed');
    expect(await page.getAttribute('[data-testid="target-servicesShareOfGdp"]', 'data-status')).toBe('missed');
  });

  it('switches language to Chinese and back, and remembers it', async () => {
    await freshStart(page, server.url);
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('[data-testid="tab-workspace"]')).toBe('工作台');
    expect(await page.getAttribute('[data-testid="chart-gdp"]', 'aria-label')).toContain('4,000 亿元');
    expect(await page.textContent('.app-header')).toContain('规划路径');
    await page.reload();
    await waitForChart(page, 'chart-gdp');
    expect(await page.textContent('[data-testid="tab-scorecard"]')).toBe('目标记分卡');
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('[data-testid="tab-workspace"]')).toBe('Workspace');
    // Tabs follow the arrow keys.
    await page.focus('[data-testid="tab-workspace"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('[data-testid="tab-scorecard"]', 'aria-selected')).toBe('true');
  });

  it('creates, renames and reloads a user scenario (it persists, with extends shown)', async () => {
    // Continues on the previous test's page: English again, plan target open, nothing edited or saved.
    await openTab(page, 'scenarios');
    await page.click('[data-testid="duplicate-historical-trend"]');
    await page.waitForSelector('[data-testid="scenario-row-historical-trend-copy"]');
    await page.click('[data-testid="rename-historical-trend-copy"]');
    await page.fill('[data-testid="rename-input-historical-trend-copy"]', 'Workshop case 工作坊');
    await page.click('[data-testid="rename-save-historical-trend-copy"]');
    await page.reload();
    await page.waitForSelector('[data-testid="scenario-name-historical-trend-copy"]');
    expect(await page.textContent('[data-testid="scenario-name-historical-trend-copy"]')).toBe('Workshop case 工作坊');
    expect(await page.textContent('[data-testid="scenario-row-historical-trend-copy"]')).toContain('historical-trend');
    expect(await page.inputValue('[data-testid="scenario-picker"]')).toBe('historical-trend-copy');
    // Deleting asks first, then removes it.
    await page.click('[data-testid="delete-historical-trend-copy"]');
    await page.click('[data-testid="delete-confirm-historical-trend-copy"]');
    await page.waitForSelector('[data-testid="scenario-row-historical-trend-copy"]', { state: 'detached' });
    expect((await savedState(page)).userScenarios).toEqual([]);
  });

  it('compares two scenarios, then three, with a differences table against the reference', async () => {
    // Continues on the previous test's page: English, no user scenarios left, the first visit's comparison
    // picks (plan target and historical trend; nothing there changes them).
    await openTab(page, 'compare');
    await waitForChart(page, 'compare-gdp');
    expect((await chartTraces(page, 'compare-gdp')).filter((t) => t.name && !t.name.startsWith('Target'))).toHaveLength(2);
    const table = await page.textContent('[data-testid="compare-table"]');
    expect(table).toContain('Plan target');
    expect(table).toContain('Historical trend');
    // The difference in 2025 GDP against the reference (plan-target), from the engine: B - A and (B - A) / A.
    const diff = gdp2025('historical-trend') - gdp2025('plan-target');
    const pct = (diff / gdp2025('plan-target')) * 100;
    expect(table).toContain(`${Math.round(diff).toLocaleString('en-US')} (${pct.toFixed(1)}%)`);
    await page.check('[data-testid="compare-pick-services-led"]');
    await page.waitForFunction(() => ((document.querySelector('[data-testid="compare-gdp"]') as HTMLElement & { data?: unknown[] }).data?.length ?? 0) >= 4);
    expect(await page.textContent('[data-testid="compare-targets"]')).toContain('Services-led');
  });

  it('import: a bad file lists every problem and changes nothing; a good one is added and opened', async () => {
    // Continues on the previous test's page: English, no user scenarios (comparing saves only the picks).
    await openTab(page, 'scenarios');
    const before = await savedState(page);
    const bad = { schemaVersion: 1, id: 'Bad Id', baseYear: 2020, endYear: 2035, assumptions: { realGrowth: { primary: 0.02, secondary: 'fast', tertiary: 2 }, deflator: 0.02, population: { growth: 0.03 }, energyIntensityChange: -0.03, co2IntensityChange: -0.04 }, colour: 'red' };
    await page.setInputFiles('[data-testid="import-file"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.waitForSelector('[data-testid="import-errors"]');
    const items = await page.locator('[data-testid="import-errors"] li').allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.join('\n')).toMatch(/^id: "Bad Id" - /m);
    expect(items.join('\n')).toMatch(/assumptions\.realGrowth\.tertiary: 2 - above the ceiling; allowed: /);
    expect(items.join('\n')).toMatch(/assumptions\.realGrowth\.secondary: "fast"/);
    expect(items.join('\n')).toMatch(/^name: \(missing\)/m);
    expect(items.join('\n')).toMatch(/colour/);
    expect(await savedState(page)).toEqual(before);
    // Not JSON at all.
    await page.setInputFiles('[data-testid="import-file"]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await page.waitForFunction(() => document.querySelector('[data-testid="import-errors"]')?.textContent?.includes('not valid JSON'));
    await screenshot(page, 'import-errors-en');
    expect(await savedState(page)).toEqual(before);
    // In Chinese, the same problems in Chinese.
    await page.click('[data-testid="lang-toggle"]');
    await page.setInputFiles('[data-testid="import-file"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.waitForFunction(() => document.querySelector('[data-testid="import-errors"]')?.textContent?.includes('允许'));
    await screenshot(page, 'import-errors-zh');
    await page.click('[data-testid="lang-toggle"]');
    // A good file.
    const good = { schemaVersion: 1, id: 'workshop-fast-services', name: { zh: '服务业加速', en: 'Faster services' }, extends: 'historical-trend', assumptions: { realGrowth: { tertiary: 0.15 } } };
    await page.setInputFiles('[data-testid="import-file"]', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await page.waitForSelector('[data-testid="import-ok"]');
    expect(await page.isVisible('[data-testid="import-errors"]')).toBe(false);
    expect(await page.inputValue('[data-testid="scenario-picker"]')).toBe('workshop-fast-services');
    expect((await savedState(page)).userScenarios.map((s) => s.id)).toEqual(['workshop-fast-services']);
  });

  it('opens a share link: the scenario (with its seed) is added and the app says so', async () => {
    // Continues on the previous test's page (English, one imported user scenario): the sender edits the
    // unedited built-in; the recipient is a first visit (its saved work is deleted below).
    await page.selectOption('[data-testid="scenario-picker"]', 'plan-target');
    await openTab(page, 'workspace');
    await page.fill('[data-testid="lever-population.growth"]', '9');
    await page.fill('[data-testid="mc-seed"]', '777');
    await openTab(page, 'scenarios');
    await page.click('[data-testid="share-plan-target-copy"]');
    const link = await page.inputValue('[data-testid="share-link"]');
    expect(link).toMatch(/#share=[A-Za-z0-9_-]+$/);
    // The recipient: a first visit.
    await clearSaved(page);
    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForSelector('[data-testid="notice"]');
    expect(await page.textContent('[data-testid="notice"]')).toMatch(/Added "Plan target \(copy\)" from a shared link/);
    await waitForChart(page, 'chart-gdp');
    const state = await savedState(page);
    expect(state.openId).toBe('plan-target-copy');
    const shared = state.userScenarios[0] as unknown as { seed: number; assumptions: { population: { growth: number[] | number } } };
    expect(shared.seed).toBe(777);
    expect(await page.inputValue('[data-testid="lever-population.growth"]')).toBe('9');
    expect(page.url()).not.toContain('#share=');
    // A damaged link is reported and changes nothing.
    await page.goto(`${server.url}#share=AAAA`);
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('could not be opened'));
    expect((await savedState(page)).userScenarios).toHaveLength(1);
  });

  it('runs the uncertainty view on the worker pool and shows probabilities; a lever release refreshes them', async () => {
    // Continues on the previous test's page (English), on the unedited built-in (its own seed).
    await page.selectOption('[data-testid="scenario-picker"]', 'plan-target');
    await openTab(page, 'uncertainty');
    await waitForMonteCarlo(page);
    const gdp = await page.textContent('[data-testid="prob-value-gdpNominal"]');
    expect(gdp).toMatch(/^\d{1,3}\.\d%$/);
    expect(parseFloat(gdp!)).toBeGreaterThan(30);
    expect(parseFloat(gdp!)).toBeLessThan(70);
    expect(await page.textContent('[data-testid="mc-joint"]')).toMatch(/\d+\.\d%/);
    await waitForChart(page, 'chart-histogram');
    expect(await page.textContent('[data-testid="mc-status"]')).toMatch(/20,000 paths, seed 20210101/);
    // Typing a much lower services growth and pressing Enter (a release) reruns it.
    await page.fill('[data-testid="lever-realGrowth.tertiary"]', '5');
    await page.press('[data-testid="lever-realGrowth.tertiary"]', 'Enter');
    await page.waitForFunction(() => parseFloat(document.querySelector('[data-testid="prob-value-gdpNominal"]')?.textContent ?? '100') < 20);
    await page.waitForSelector('[data-testid="mc-status"][data-state="done"]');
  });

  it('exports every series as CSV with a BOM, a header and the values', async () => {
    // Continues on the previous test's page (English), back on the unedited built-in.
    await page.selectOption('[data-testid="scenario-picker"]', 'plan-target');
    await openTab(page, 'workspace');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    expect(download.suggestedFilename()).toBe('planpath-Plan-target.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split(/\r\n/);
    expect(lines[0]).toBe(`series,name,unit,${Array.from({ length: 16 }, (_, i) => 2020 + i).join(',')}`);
    const gdp = lines.find((l) => l.startsWith('gdpNominal,'))!.split(',');
    expect(Number(gdp[3])).toBe(1650);
    expect(Number(gdp[3 + 5])).toBeCloseTo(4000, 1);
    expect(lines.some((l) => l.startsWith('shares.tertiary,'))).toBe(true);
    // Chinese names for Excel.
    await page.click('[data-testid="lang-toggle"]');
    const [zh] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const text = (await readFile((await zh.path())!)).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('gdpNominal,地区生产总值(现价),亿元,1650,');
  });

  it('renames in the header (the notice follows), names edited copies uniquely, and exports Compare and Monte Carlo tables as CSV', async () => {
    await freshStart(page, server.url);
    await page.fill('[data-testid="lever-realGrowth.tertiary"]', '10');
    await page.waitForSelector('[data-testid="notice"]:has-text("Plan target (copy)")');
    // Rename next to the picker: the picker and the notice bar show the new name.
    await page.click('[data-testid="header-rename"]');
    await page.fill('[data-testid="header-rename-input"]', 'Workshop A');
    await page.click('[data-testid="header-rename-save"]');
    await page.waitForSelector('[data-testid="notice"]:has-text("Workshop A")');
    expect(await page.textContent('[data-testid="notice"]')).not.toContain('Plan target (copy)');
    // The pictures are at 1280x720; without them, no resize (it redraws every chart twice and no check runs at that size).
    if (SAVE_SCREENSHOTS) await page.setViewportSize({ width: 1280, height: 720 });
    await chartsSettled(page);
    await screenshot(page, 'header-rename-en-1280');
    await page.click('[data-testid="lang-toggle"]');
    await page.click('[data-testid="header-rename"]');
    await screenshot(page, 'header-rename-form-zh-1280');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="lang-toggle"]');
    if (SAVE_SCREENSHOTS) await page.setViewportSize({ width: 1440, height: 960 });
    expect(await page.textContent('[data-testid="scenario-picker"] option[value="plan-target-copy"]')).toMatch(/^Workshop A\b/);
    // Two more edited copies of the built-in: "(copy)" is free again, then "(copy 2)".
    for (const [value, name] of [['11', 'Plan target (copy)'], ['12', 'Plan target (copy 2)']]) {
      await page.selectOption('[data-testid="scenario-picker"]', 'plan-target');
      await page.fill('[data-testid="lever-realGrowth.tertiary"]', value);
      await page.waitForSelector(`[data-testid="notice"]:has-text('"${name}"')`);
    }
    expect((await savedState(page)).userScenarios.map((s) => s.name.en).sort()).toEqual(['Plan target (copy 2)', 'Plan target (copy)', 'Workshop A']);
    // A name a spreadsheet would run as a formula.
    const formula = '=HYPERLINK("http://x","y")';
    await page.click('[data-testid="header-rename"]');
    await page.fill('[data-testid="header-rename-input"]', formula);
    await page.click('[data-testid="header-rename-save"]');
    const openId = await page.inputValue('[data-testid="scenario-picker"]');
    expect(openId).toBe('plan-target-copy-3');

    // Compare: plan target (reference), historical trend and the formula-named scenario.
    await openTab(page, 'compare');
    await page.check(`[data-testid="compare-pick-${openId}"]`);
    await page.waitForFunction(() => ((document.querySelector('[data-testid="compare-gdp"]') as HTMLElement & { data?: unknown[] }).data?.length ?? 0) >= 4);
    const compare = await downloadCsv('compare-csv');
    expect(compare.name).toBe('planpath-Plan-target-compare.csv');
    expect(compare.rows[0].slice(0, 6)).toEqual(['Measure', 'year', 'unit', 'Plan target', 'Historical trend', `'${formula}`]);
    expect(compare.rows[0][7]).toBe(`'${formula} minus Plan target`);
    expect(compare.text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const gdp = compare.rows[1];
    expect(gdp.slice(0, 3)).toEqual(['GDP, current prices', '2025', 'CNY 100 million']);
    const plan2025 = gdp2025('plan-target');
    const trend2025 = gdp2025('historical-trend');
    expect(Number(gdp[3])).toBeCloseTo(plan2025, 5);
    expect(Number(gdp[4])).toBeCloseTo(trend2025, 5);
    expect(Number(gdp[6])).toBeCloseTo(trend2025 - plan2025, 5);
    expectTenDigits(compare.rows);
    // Headers in Chinese.
    await page.click('[data-testid="lang-toggle"]');
    const compareZh = await downloadCsv('compare-csv');
    expect(compareZh.name).toBe('planpath-规划目标路径-compare.csv');
    expect(compareZh.rows[0].slice(0, 5)).toEqual(['指标', '年份', '单位', '规划目标路径', '延续“十三五”趋势']);

    // Monte Carlo quantiles of the open scenario: its name in the file name (characters files refuse replaced).
    await openTab(page, 'uncertainty');
    await waitForMonteCarlo(page);
    const zh = await downloadCsv('mc-quantiles-csv');
    expect(zh.rows[0].slice(0, 4)).toEqual(['序列', '指标', '单位', '分位数']);
    await page.click('[data-testid="lang-toggle"]');
    await waitForMonteCarlo(page);
    const mc = await downloadCsv('mc-quantiles-csv');
    expect(mc.name).toBe('planpath-=HYPERLINK(-http-x-,-y-)-mc-quantiles.csv');
    expect(mc.rows[0].slice(0, 4)).toEqual(['Series', 'Measure', 'unit', 'quantile']);
    const years = mc.rows[0].slice(4).map(Number);
    const median = mc.rows.find((r) => r[0] === 'gdpNominal' && r[3] === '0.5')!;
    const mean = mc.rows.find((r) => r[0] === 'gdpNominal' && r[3] === 'mean')!;
    expect(median.length).toBe(4 + years.length);
    // The median of GDP lies inside the 5-95% band in every year, and the base year is the observed 1650 on every path.
    const q = (level: string) => mc.rows.find((r) => r[0] === 'gdpNominal' && r[3] === level)!.slice(4).map(Number);
    const [low, mid, high] = [q('0.05'), q('0.5'), q('0.95')];
    years.forEach((_, i) => expect(low[i] <= mid[i] && mid[i] <= high[i]).toBe(true));
    if (years[0] === 2020) expect(Number(mean[4])).toBeCloseTo(1650, 6);
    expectTenDigits(mc.rows);
    expect(pageErrors).toEqual([]);
  });

  it('exports a chart as a PNG image', async () => {
    // Continues on the previous test's page (English), back on the unedited built-in.
    await page.selectOption('[data-testid="scenario-picker"]', 'plan-target');
    await openTab(page, 'workspace');
    await waitForChart(page, 'chart-gdp');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="png-chart-gdp"]')]);
    expect(download.suggestedFilename()).toBe('plan-target-gdp.png');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('goal seek finds the required lever value and applies it in one click', async () => {
    // Continues on the previous test's page: English, the unedited plan target open in the workspace.
    expect(await page.inputValue('[data-testid="scenario-picker"]')).toBe('plan-target');
    await page.fill('[data-testid="lever-realGrowth.tertiary"]', '12');
    await openTab(page, 'goalSeek');
    await page.waitForSelector('[data-testid="goal-apply"]');
    expect(await page.textContent('[data-testid="goal-result"]')).toMatch(/Required: shift Tertiary sector \(services\) by \+\d+\.\d\d pp a year/);
    await page.click('[data-testid="goal-apply"]');
    await openTab(page, 'scorecard');
    expect(await page.getAttribute('[data-testid="target-gdpNominal"]', 'data-status')).toBe('met');
    await openTab(page, 'goalSeek');
    await page.click('[data-testid="goal2-solve"]');
    await page.waitForSelector('[data-testid="goal2-apply"]');
    expect(await page.textContent('[data-testid="goal2-result"]')).toMatch(/Secondary sector/);
  });
});
