/**
 * The decision views in chromium: the feasibility map (heat map, a contour per target, the scenario's point)
 * on the open scenario, the margins table, the plan audit with its computed numbers, Sobol indices by year as
 * a stacked area, and the attribution waterfall on Compare (bars sum to the difference); both languages,
 * screenshots at 1280x720 and 1920x1080.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppSession } from './support/app-session';
import { chartsSettled, chartTraces, currentSizeFirst, freshStart, openTab, screenshot, unlabelledControls, waitForChart } from './support/app-page';

let session: AppSession;
let page: Page;

async function shots(p: Page, name: string, selector: string): Promise<void> {
  for (const [w, h] of currentSizeFirst(p, [[1280, 720], [1920, 1080]] as const)) {
    await p.setViewportSize({ width: w, height: h });
    // Charts redraw at the new width (resize observers): wait for those draws before the shot.
    await chartsSettled(p);
    await p.locator(selector).scrollIntoViewIfNeeded();
    await screenshot(p, `${name}-${w}`);
  }
}

describe('Decision analysis in chromium', () => {
  beforeAll(async () => {
    session = await startApp({ locale: 'en-US' });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the feasibility map, margins, audit and Sobol by year, in English', async () => {
    await freshStart(page, session.url, 'en');
    await openTab(page, 'decision');
    await page.waitForSelector('[data-testid="feasibility-map"]');
    const targets = Number(await page.getAttribute('[data-testid="feasibility-map"]', 'data-targets'));
    expect(targets).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-testid="feasibility-map"] rect').count()).toBe(41 * 41);
    expect(await page.locator('[data-testid="contour-gdpNominal"] line').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-testid="map-point"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="feasibility-map"]')).toMatch(/No combination on this grid meets all|The shaded region meets all/);
    console.log(`decision map 41x41 in the app: ${await page.getAttribute('[data-testid="map-time"]', 'data-ms')} ms`);
    // The audit: computed from the plan data, with the numbers of the identities.
    const audit = await page.textContent('[data-testid="audit-services-share-vs-industry-output"]');
    expect(audit).toContain('2,893');
    expect(audit).toContain('must fall from 0.366 to 0.253');
    await shots(page, 'decision-map-en', '[data-testid="feasibility-map"]');
    await page.click('[data-testid="margins-run"]');
    await page.waitForSelector('[data-testid="margins-table"]', { timeout: 60_000 });
    expect(await page.locator('[data-testid="margins-table"] td[data-margin="short"]').count()).toBeGreaterThan(0);
    await shots(page, 'decision-margins-en', '[data-testid="margins-table"]');
    await page.click('[data-testid="sobol-years-run"]');
    await waitForChart(page, 'chart-sobol-years');
    expect((await chartTraces(page, 'chart-sobol-years')).length).toBeGreaterThanOrEqual(2);
    await shots(page, 'decision-sobol-en', '[data-testid="chart-sobol-years"]');
    await shots(page, 'decision-audit-en', '[data-testid="audit-view"]');
    expect(await unlabelledControls(page)).toEqual([]);
  }, 240_000);

  it('the attribution waterfall on Compare: the bars sum to the difference', async () => {
    await openTab(page, 'compare');
    await page.waitForSelector('[data-testid="attribution-panel"]');
    await waitForChart(page, 'chart-attribution');
    const diff = Number(await page.getAttribute('[data-testid="attribution-panel"]', 'data-difference'));
    const sum = Number(await page.getAttribute('[data-testid="attribution-panel"]', 'data-sum'));
    expect(Math.abs(sum - diff)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(diff)));
    expect(diff).toBeLessThan(0); // historical trend below the plan target's GDP
    await shots(page, 'decision-waterfall-en', '[data-testid="attribution-panel"]');
  });

  it('the same views in Chinese', async () => {
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await page.waitForSelector('[data-testid="attribution-panel"]');
    expect(await page.textContent('[data-testid="attribution-panel"]')).toContain('按假设组分解');
    await shots(page, 'decision-waterfall-zh', '[data-testid="attribution-panel"]');
    await openTab(page, 'decision');
    await page.waitForSelector('[data-testid="feasibility-map"]');
    expect(await page.textContent('[data-testid="audit-view"]')).toContain('工业增加值率须从 0.366 降至 0.253');
    await shots(page, 'decision-map-zh', '[data-testid="feasibility-map"]');
    await shots(page, 'decision-audit-zh', '[data-testid="audit-view"]');
    await page.click('[data-testid="margins-run"]');
    await page.waitForSelector('[data-testid="margins-table"]', { timeout: 60_000 });
    await shots(page, 'decision-margins-zh', '[data-testid="margins-table"]');
    await page.click('[data-testid="sobol-years-run"]');
    await waitForChart(page, 'chart-sobol-years');
    await shots(page, 'decision-sobol-zh', '[data-testid="chart-sobol-years"]');
    expect(session.pageErrors).toEqual([]);
  }, 240_000);
});
