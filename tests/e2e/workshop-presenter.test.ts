/**
 * The workshop's presenter view, printed materials and the team view on a phone, in chromium, on the
 * session of workshop.test.ts (4 teams, 3 rounds) opened from a session file built in Node (the whole
 * game is played through the page once, in workshop.test.ts; this file runs beside it). Screenshots at
 * 1280x720 and 1920x1080, in both languages, and at 150% zoom (853x480 CSS pixels) go to
 * artifacts/screenshots/workshop-*.png. Also: a stale Monte Carlo result is dimmed at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWindow, startApp, type AppSession } from './support/app-session';
import { chartsSettled, freshStart, openTab, screenshot, waitForChart, waitForMonteCarlo } from './support/app-page';
import { boardValues, expectedSession, projectorShots } from './support/workshop-game';
import { roundBoard } from '../../ui/game/board';
import { sessionToJson } from '../../ui/game/serialize';

let app: AppSession;
let page: Page;
const TIMEOUT_MS = 300_000;
const SESSION = expectedSession('presenter-e2e', 3);

describe('Workshop presenter view, materials and team phone in chromium', () => {
  beforeAll(async () => {
    app = await startApp({ locale: 'en-US' });
    page = app.page;
    await page.setViewportSize({ width: 1280, height: 720 });
    await freshStart(page, app.url, 'en');
    await openTab(page, 'workshop');
    await page.setInputFiles('[data-testid="game-file"]', { name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(sessionToJson(SESSION)) });
    await page.waitForSelector('[data-testid="game-board"][data-round="3"]');
  }, TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
  }, TIMEOUT_MS);

  it('the session file opens on its last round with the engine\'s board', async () => {
    const shown = await boardValues(page);
    for (const o of roundBoard(SESSION, 2).outcomes) expect(shown[o.id], o.id).toBeCloseTo(o.projected!, 6);
  });

  it('presenter view: levers beside the first chart at 1280x720 and at 150% zoom, chart text 16 px, in both languages (screenshots: npm run screenshots)', async () => {
    await page.click('[data-testid="presenter-toggle"]');
    for (const lang of ['en', 'zh'] as const) {
      if (lang === 'zh') await page.click('[data-testid="lang-toggle"]');
      await openTab(page, 'workshop');
      await page.click('[data-testid="game-view-board"]');
      await waitForChart(page, 'chart-game-gdp');
      await projectorShots(page, `board-${lang}`);
      await page.click('[data-testid="game-view-debrief"]');
      await waitForChart(page, 'chart-debrief-gdp');
      await projectorShots(page, `debrief-${lang}`, [{ w: 1920, h: 1080 }]);
      await openTab(page, 'workspace');
      await waitForChart(page, 'chart-gdp');
      await projectorShots(page, `presenter-${lang}`);
    }
    await page.setViewportSize({ width: 853, height: 480 });
    await chartsSettled(page);
    const side = (await page.locator('aside.side').boundingBox())!;
    const chart = (await page.locator('[data-testid="chart-gdp"]').boundingBox())!;
    expect(chart.x).toBeGreaterThanOrEqual(side.x + side.width - 1);
    expect(chart.y).toBeLessThan(480);
    expect(await page.$eval('[data-testid="chart-gdp"]', (el) => (el as HTMLElement & { layout: { font: { size: number } } }).layout.font.size)).toBeGreaterThanOrEqual(16);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.click('[data-testid="presenter-toggle"]');
    await page.click('[data-testid="lang-toggle"]');
    expect(app.pageErrors).toEqual([]);
  }, TIMEOUT_MS);

  it('team view on a phone, and printable briefing cards', async () => {
    await openTab(page, 'workshop');
    await page.click('[data-testid="game-view-board"]');
    // The link is made asynchronously (its payload is compressed); it sits in a closed <details>, so wait for it attached.
    await page.waitForSelector('[data-testid="team-link-ecology-environment"]', { state: 'attached' });
    const link = await page.$eval('[data-testid="team-link-ecology-environment"]', (el) => (el as HTMLInputElement).value);
    const team = await openWindow(app);
    await team.setViewportSize({ width: 390, height: 844 });
    await team.goto(link);
    await team.waitForSelector('[data-testid="team-view"] [data-testid="proposal-make"]');
    await screenshot(team, 'workshop-team-phone');
    await team.close();
    // The facilitator's window (in front, in case: Chromium defers the timers and frames of a page behind another).
    await page.bringToFront();
    await page.click('[data-testid="game-view-materials"]');
    await page.waitForSelector('[data-testid="card-ecology-environment"]');
    await page.evaluate(() => { document.documentElement.dataset.print = 'cards'; });
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid="card-development-reform"]')).toBe(true);
    expect(await page.isVisible('aside.side')).toBe(false);
    expect(await page.isVisible('[data-testid="round-history"]')).toBe(false);
    await screenshot(page, 'workshop-print-cards', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => { delete document.documentElement.dataset.print; });
    expect(app.pageErrors).toEqual([]);
  }, TIMEOUT_MS);

  it('Uncertainty: a result for other inputs is dimmed at once (stale) until the new one arrives', async () => {
    await openTab(page, 'uncertainty');
    await waitForMonteCarlo(page);
    expect(await page.getAttribute('[data-testid="mc-result"]', 'data-stale')).toBe('false');
    await page.fill('[data-testid="lever-realGrowth.tertiary"]', '11');
    expect(await page.getAttribute('[data-testid="mc-result"]', 'data-stale')).toBe('true');
    await page.press('[data-testid="lever-realGrowth.tertiary"]', 'Enter');
    await page.waitForSelector('[data-testid="mc-result"][data-stale="false"]', { timeout: 60_000 });
    expect(await page.getAttribute('[data-testid="mc-status"]', 'data-state')).toBe('done');
    expect(app.pageErrors).toEqual([]);
  }, TIMEOUT_MS);
});
