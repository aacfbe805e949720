/**
 * Energy from the sector mix in the app (Chromium): the energy chart's bars are the projection's
 * energy use by sector, the energy levers say what they move in the structural mode, and screenshots
 * at 1280x720 and 1920x1080 in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppSession } from './support/app-session';
import { chartsSettled, chartY, currentSizeFirst, freshStart, screenshot, switchLanguage, waitForChart } from './support/app-page';
import { project, resolveScenario } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';

let session: AppSession;
let page: Page;

// One browser and app for the file: the first test starts the app afresh, the second continues on its page.
beforeAll(async () => {
  session = await startApp({ locale: 'en-US' });
  page = session.page;
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('energy by sector', () => {
  it('stacks energy use by sector, labels the structural levers, in both languages (screenshots at two screen sizes: npm run screenshots)', async () => {
    const p = project(defaultPlan, resolveScenario(builtinScenario('manufacturing-surge'), (x) => builtinScenario(x), defaultPlan));
    for (const lang of ['en', 'zh'] as const) {
      // One start per test: English on a first visit, then the same page switched to Chinese.
      if (lang === 'en') await freshStart(page, session.url, 'en');
      else await switchLanguage(page, 'zh');
      await page.selectOption('[data-testid="scenario-picker"]', 'manufacturing-surge');
      await waitForChart(page, 'chart-energy');
      const u = p.series.energyUse!;
      await page.waitForFunction((v) => {
        const el = document.querySelector('[data-testid="chart-energy"]') as HTMLElement & { data?: { y: number[] }[] };
        return Math.abs((el?.data?.[1]?.y?.[5] ?? 0) - v) < 1e-6;
      }, (u.secondary[5] / (u.primary[0] + u.secondary[0] + u.tertiary[0])) * 100);
      const close = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= 1e-9 * Math.max(1, Math.abs(b[i])));
      const total0 = p.series.energyUse!.primary[0] + p.series.energyUse!.secondary[0] + p.series.energyUse!.tertiary[0];
      expect(close(await chartY(page, 'chart-energy', 0), p.series.energyUse!.primary.map((v) => (v / total0) * 100))).toBe(true);
      expect(close(await chartY(page, 'chart-energy', 2), p.series.energyUse!.tertiary.map((v) => (v / total0) * 100))).toBe(true);
      await expect(page.locator('[data-testid="energy-structural-hint"]').isVisible()).resolves.toBe(true);
      const hint = await page.textContent('[data-testid="energy-structural-hint"]');
      expect(hint).toMatch(lang === 'en' ? /follow the sector mix/ : /产业结构/);
      for (const [w, h] of currentSizeFirst(page, [[1280, 720], [1920, 1080]] as const)) {
        await page.setViewportSize({ width: w, height: h });
        await page.locator('[data-testid="chart-energy"]').scrollIntoViewIfNeeded();
        await chartsSettled(page);
        await screenshot(page, `energy-by-sector-${lang}-${w}x${h}`);
        await page.locator('[data-testid="energy-structural-hint"]').scrollIntoViewIfNeeded();
        await chartsSettled(page);
        await screenshot(page, `energy-levers-${lang}-${w}x${h}`);
      }
    }
    expect(session.pageErrors).toEqual([]);
  }, 240_000);
});

describe('advanced levers of the energy and jobs blocks', () => {
  it('show base-year intensity and efficiency gain by sector and the jobs levers; industry\'s intensity 0.89 -> 0.6 moves the energy line as the engine computes', async () => {
    const file = { schemaVersion: 2, id: 'x', name: { zh: 'x', en: 'x' }, extends: 'historical-trend', assumptions: { energy: { intensityBySector: { primary: 0.12, secondary: 0.6, tertiary: 0.15 } } } } as const;
    const expected = project(defaultPlan, resolveScenario(file as never, (x) => builtinScenario(x), defaultPlan)).series.energyIntensityIndex.map((v) => v * 100);
    const close = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= 1e-9 * Math.max(1, Math.abs(b[i])));
    for (const lang of ['en', 'zh'] as const) {
      // On the previous test's page (a start costs more than a switch; that test only picked scenarios), in
      // English, then switched to Chinese; each pass on the unedited built-in (the English pass leaves an edited copy of it open).
      await switchLanguage(page, lang);
      await page.selectOption('[data-testid="scenario-picker"]', 'historical-trend');
      await waitForChart(page, 'chart-energy');
      await page.locator('[data-testid="linked-levers-energy"]').waitFor();
      expect(await page.locator('[data-testid="linked-levers-jobs"]').isVisible()).toBe(true);
      expect(await page.inputValue('[data-testid="lever-energy.intensityBySector.secondary"]')).toBe('0.89');
      expect(await page.inputValue('[data-testid="lever-population.adjustmentSpeed"]')).toBe('50');
      expect(await page.textContent('[data-testid="line-energy.intensityBySector.secondary"]')).toMatch(lang === 'en' ? /only the ratios/ : /比值/);
      for (const [w, h] of currentSizeFirst(page, [[1280, 720], [1920, 1080]] as const)) {
        await page.setViewportSize({ width: w, height: h });
        await page.locator('[data-testid="linked-levers-energy"]').scrollIntoViewIfNeeded();
        await chartsSettled(page);
        await screenshot(page, `linked-levers-energy-${lang}-${w}x${h}`);
        await page.click('[data-testid="help-energy.intensityBySector.secondary"] summary');
        await chartsSettled(page);
        await screenshot(page, `linked-levers-help-${lang}-${w}x${h}`);
        await page.click('[data-testid="help-energy.intensityBySector.secondary"] summary');
        await page.locator('[data-testid="linked-levers-jobs"]').scrollIntoViewIfNeeded();
        await chartsSettled(page);
        await screenshot(page, `linked-levers-jobs-${lang}-${w}x${h}`);
      }
      await page.fill('[data-testid="lever-energy.intensityBySector.secondary"]', '0.6');
      await page.waitForFunction((v) => {
        const el = document.querySelector('[data-testid="chart-energy"]') as HTMLElement & { data?: { y: number[] }[] };
        return Math.abs((el?.data?.[3]?.y?.[5] ?? 0) - v) < 1e-9;
      }, expected[5]);
      expect(close(await chartY(page, 'chart-energy', 3), expected)).toBe(true);
    }
    expect(session.pageErrors).toEqual([]);
  }, 240_000);
});
