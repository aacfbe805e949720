/**
 * The planning game end to end in chromium (one browser), played through the page: a facilitator sets
 * up 4 teams and 3 rounds from the historical trend; each round every team opens its team link (in one
 * team page, as a phone keeps its browser open: a new link replaces the team view), sets its lever
 * and makes a proposal link, which the facilitator pastes into the board. The board, the round history
 * and the debrief are checked against the engine's numbers (the same session rebuilt in Node); the
 * session is saved to a file, reloaded, and reproduced from the file. The presenter view, printed
 * cards, the team view on a phone and the screenshots are in workshop-presenter.test.ts, on the same
 * session opened from a file (the two files run side by side).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openWindow, startApp, type AppSession } from './support/app-session';
import { freshStart, openTab, screenshot, waitForChart } from './support/app-page';
import { boardValues, expectedSession, MOVES, TEAMS } from './support/workshop-game';
import { roundBoard, roundHistory, KEY_TARGETS } from '../../ui/game/board';
import { readSessionText } from '../../ui/game/serialize';
import type { GameSession } from '../../ui/game/session-types';

let app: AppSession;
let page: Page;
let team: Page;
let expected: GameSession;
const takeInMs: number[] = [];
/** Generous: the machine running the suite may be busy (tests never assert on wall-clock time). */
const TIMEOUT_MS = 300_000;

describe('Workshop: a whole planning game in chromium', () => {
  beforeAll(async () => {
    app = await startApp({ locale: 'en-US' });
    page = app.page;
    // The teams' phone: a window of its own beside the facilitator's (both shown at once: neither is brought to the front before each action).
    team = await openWindow(app);
    await page.bringToFront();
    await page.setViewportSize({ width: 1280, height: 720 });
  });
  afterAll(async () => {
    await app?.close();
  }, TIMEOUT_MS);

  it('sets up 4 teams and 3 rounds; the headline strip is on screen in every view', async () => {
    await freshStart(page, app.url, 'en');
    for (const tab of ['workspace', 'scorecard', 'compare', 'review', 'scenarios', 'workshop']) {
      await openTab(page, tab);
      expect(await page.isVisible('[data-testid="headline-strip"]')).toBe(true);
    }
    await page.waitForSelector('[data-testid="game-setup"]');
    await page.selectOption('[data-testid="game-start"]', 'historical-trend');
    await page.fill('[data-testid="game-rounds"]', '3');
    for (const id of ['natural-resources', 'finance']) await page.uncheck(`[data-testid="team-include-${id}"]`);
    await page.click('[data-testid="game-begin"]');
    await page.waitForSelector('[data-testid="game-board"][data-round="1"]');
    expect(await page.$$eval('[data-testid^="team-status-"]', (els) => els.length)).toBe(4);
    expect(app.pageErrors).toEqual([]);
  }, TIMEOUT_MS);

  it('plays 3 rounds: proposals by link, board checked against the engine after each take-in', async () => {
    for (let r = 0; r < 3; r++) {
      if (r > 0) {
        await page.click('[data-testid="next-round"]');
        await page.waitForSelector(`[data-testid="game-board"][data-round="${r + 1}"]`);
      }
      for (const id of TEAMS) {
        // The link of this round (team links are encoded in the background after "Next round").
        await page.waitForSelector(`[data-testid="team-link-${id}"][data-round="${r + 1}"]`, { state: 'attached' });
        const link = await page.$eval(`[data-testid="team-link-${id}"]`, (el) => (el as HTMLInputElement).value);
        expect(link).toMatch(/#team=/);
        // The team page shows the new link's team view (a new panel: the previous one is marked to tell them apart).
        await team.evaluate(() => document.querySelectorAll('[data-testid="proposal-make"]').forEach((b) => b.setAttribute('data-old', '')));
        await team.goto(link);
        await team.waitForSelector('[data-testid="team-view"] [data-testid="proposal-make"]:not([data-old])');
        await team.fill(`[data-testid="proposal-lever-${MOVES[id].lever}"]`, String(MOVES[id].percent[r]));
        await team.click('[data-testid="proposal-make"]');
        const proposal = await team.inputValue('[data-testid="proposal-link"]');
        expect(proposal.length).toBeLessThan(300);
        await page.fill('[data-testid="proposal-input"]', proposal);
        const t0 = Date.now();
        await page.click('[data-testid="proposal-take"]');
        await page.waitForSelector(`[data-testid="team-status-${id}"]:has-text("proposal in")`);
        takeInMs.push(Date.now() - t0);
      }
      const sessionId = await page.$eval('[data-testid^="team-link-"]', async (el) => {
        const code = (el as HTMLInputElement).value.split('#team=')[1];
        const b64 = code.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((code.length + 3) % 4);
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
        return JSON.parse(text).sessionId as string;
      });
      expected = expectedSession(sessionId, r + 1);
      const board = roundBoard(expected, r);
      const shown = await boardValues(page);
      for (const o of board.outcomes) expect(shown[o.id], o.id).toBeCloseTo(o.projected!, 6);
      // The per-team effects are computed after the board's first paint.
      await page.waitForSelector('[data-testid="game-effects"][data-state="done"]');
      for (const e of board.effects) {
        const deltas = await page.$$eval(`[data-testid="effect-${e.teamId}"] td`, (tds) => tds.map((td) => Number(td.getAttribute('data-delta'))));
        const want = board.outcomes.map((o) => e.deltas[o.id] ?? Number.NaN);
        deltas.forEach((d, i) => expect(d).toBeCloseTo(want[i], 6));
        const shares = await page.$$eval(`[data-testid="shapley-${e.teamId}"] td`, (tds) => tds.map((td) => Number(td.getAttribute('data-delta'))));
        shares.forEach((d, i) => expect(d).toBeCloseTo(e.shapley[board.outcomes[i].id] ?? Number.NaN, 6));
      }
      // The headline strip follows the round's combined scenario during the game.
      const gdp = Number(await page.getAttribute('[data-testid="strip-gdpNominal"]', 'data-met') === 'true');
      expect(gdp).toBe(board.outcomes.find((o) => o.id === 'gdpNominal')!.met ? 1 : 0);
    }
    expect(takeInMs).toHaveLength(12);
    await page.waitForFunction(() => performance.getEntriesByName('planpath:proposal-to-board').length >= 12);
    const inPage = await page.evaluate(() => performance.getEntriesByName('planpath:proposal-to-board').map((m) => Math.round(m.duration)));
    expect(inPage).toHaveLength(12);
    console.log(`proposal taken in -> board drawn, in the page (ms): ${inPage.join(', ')}; seen by the test incl. polling: ${takeInMs.join(', ')}`);
    // The team page is done: left open, it would be a second window of the app taking in every save of the board.
    await team.close();
    await page.bringToFront();
  }, TIMEOUT_MS);

  it('round history and debrief match the engine round by round', async () => {
    const history = roundHistory(expected);
    await page.click('[data-testid="game-view-history"]');
    await page.waitForSelector('[data-testid="round-history"]');
    for (let r = 0; r < 3; r++) {
      const cells = await page.$$eval(`[data-testid="history-round-${r + 1}"] td`, (tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
      KEY_TARGETS.forEach((id, i) => expect(cells[i]).toBeCloseTo(history[r].find((o) => o.id === id)!.projected!, 6));
    }
    await page.click('[data-testid="game-view-debrief"]');
    await page.waitForSelector('[data-testid="game-debrief"]');
    await waitForChart(page, 'chart-debrief-gdp');
    const gdpChange = Number(await page.getAttribute('[data-testid="debrief-gdpNominal"] td:last-child', 'data-delta'));
    const first = history[0].find((o) => o.id === 'gdpNominal')!.projected!;
    const last = history[2].find((o) => o.id === 'gdpNominal')!.projected!;
    expect(gdpChange).toBeCloseTo(last - first, 6);
    expect(app.pageErrors).toEqual([]);
  }, TIMEOUT_MS);

  it('saves the session to a file; a reload and the file both reproduce every round', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="save-session"]')]);
    const text = await readFile((await download.path())!, 'utf8');
    const saved = readSessionText(text);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(roundHistory(saved.value)).toEqual(roundHistory(expected));
    // Reload: the session is still open, on its last round, with the same board.
    await page.reload();
    await page.waitForSelector('[data-testid="tab-workshop"]', { timeout: 90_000 }).catch(async (error: unknown) => {
      await screenshot(page, 'workshop-reload-failure');
      throw error;
    });
    await openTab(page, 'workshop');
    await page.click('[data-testid="game-view-board"]');
    await page.waitForSelector('[data-testid="game-board"][data-round="3"]');
    const board = roundBoard(expected, 2);
    const shown = await boardValues(page);
    for (const o of board.outcomes) expect(shown[o.id]).toBeCloseTo(o.projected!, 6);
    // Close and delete it, then open the file: every round comes back.
    await page.click('[data-testid="close-session"]');
    await page.click(`[data-testid="resume-${expected.id}"] + button`);
    await page.setInputFiles('[data-testid="game-file"]', { name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForSelector('[data-testid="game-board"][data-round="3"]');
    await page.click('[data-testid="game-view-history"]');
    const cells = await page.$$eval('[data-testid="history-round-1"] td', (tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
    KEY_TARGETS.forEach((id, i) => expect(cells[i]).toBeCloseTo(roundHistory(expected)[0].find((o) => o.id === id)!.projected!, 6));
    expect(app.pageErrors).toEqual([]);
  }, TIMEOUT_MS);

  it('a refused proposal names the problem and changes nothing', async () => {
    await page.click('[data-testid="game-view-board"]');
    const before = await boardValues(page);
    await page.fill('[data-testid="proposal-input"]', 'http://x/#proposal=eyJ2IjoxfQ');
    await page.click('[data-testid="proposal-take"]');
    await page.waitForSelector('[data-testid="game-message"][role="alert"]');
    expect(await page.textContent('[data-testid="game-message"]')).toMatch(/not valid \(allowed: a proposal link/);
    expect(await boardValues(page)).toEqual(before);
  }, TIMEOUT_MS);

});
