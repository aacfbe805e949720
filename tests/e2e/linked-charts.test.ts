/**
 * The linked model's charts in the workspace (Chromium): residents against the population the jobs
 * support, jobs by sector, land, implied investment against the reserve, clusters against targets.
 * Their data equal the engine's projection; screenshots at 1280x720 and 1920x1080 in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppSession } from './support/app-session';
import { chartsSettled, chartY, currentSizeFirst, freshStart, screenshot, switchLanguage, waitForChart } from './support/app-page';
import { project, resolveScenario } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';

const CHARTS = ['chart-jobs-population', 'chart-jobs', 'chart-land', 'chart-investment', 'chart-industry'];
let session: AppSession;
let page: Page;

describe('linked-model charts', () => {
  beforeAll(async () => {
    session = await startApp({ locale: 'en-US' });
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('draw the projection of a jobs-mode scenario, in both languages (screenshots at two screen sizes: npm run screenshots)', async () => {
    await freshStart(page, session.url);
    await page.selectOption('[data-testid="scenario-picker"]', 'manufacturing-surge');
    for (const id of CHARTS) await waitForChart(page, id);
    const p = project(defaultPlan, resolveScenario(builtinScenario('manufacturing-surge'), (x) => builtinScenario(x), defaultPlan));
    const close = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= 1e-9 * Math.max(1, Math.abs(b[i])));
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="chart-jobs-population"]') as HTMLElement & { data?: { y: number[] }[] };
      return (el?.data?.[0]?.y?.length ?? 0) > 0 && Math.abs((el.data![0].y[5] ?? 0) - 64.24) < 0.01;
    });
    expect(close(await chartY(page, 'chart-jobs-population', 0), p.series.population)).toBe(true);
    expect(close(await chartY(page, 'chart-jobs-population', 1), p.series.populationSupportedByJobs)).toBe(true);
    expect(close(await chartY(page, 'chart-jobs', 1), p.series.employment.secondary)).toBe(true);
    expect(close(await chartY(page, 'chart-land', 1), p.series.constructionLandKm2)).toBe(true);
    expect(close(await chartY(page, 'chart-investment', 1), p.series.impliedInvestmentCumulative)).toBe(true);
    expect(await page.getAttribute('[data-testid="chart-investment"]', 'aria-label')).toMatch(/103% of the 12,057 major-project reserve/);
    // The population levers say that population follows jobs (the growth slider would switch the mode).
    expect(await page.textContent('[data-testid="jobs-mode-hint"]')).toMatch(/Population follows jobs/);
    for (const lang of ['en', 'zh'] as const) {
      if (lang === 'zh') {
        // The same page switched to Chinese (a second start would cost more than the switch).
        await switchLanguage(page, 'zh');
        await page.waitForFunction(() => document.querySelector('[data-testid="chart-land"]')?.getAttribute('aria-label')?.includes('建设用地'));
        for (const id of CHARTS) await waitForChart(page, id);
        expect(await page.getAttribute('[data-testid="chart-land"]', 'aria-label')).toMatch(/建设用地/);
      }
      for (const [w, h] of currentSizeFirst(page, [[1280, 720], [1920, 1080]] as const)) {
        await page.setViewportSize({ width: w, height: h });
        await page.locator('[data-testid="chart-jobs-population"]').scrollIntoViewIfNeeded();
        await chartsSettled(page);
        await screenshot(page, `linked-charts-${lang}-${w}x${h}`);
      }
    }
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
