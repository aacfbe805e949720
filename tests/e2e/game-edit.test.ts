/**
 * Game setup edits and board probabilities in chromium (one browser): the facilitator renames a team
 * (both languages), rewrites its card, recolours it, adds a team, gives it a lever, removes another
 * team (its levers show as unowned), is refused an empty name with a message naming the team and the
 * field in English and Chinese, turns target probabilities on with a seed, and starts. The board's
 * probabilities are checked against the engine's Monte Carlo in Node (same scenario, seed, paths);
 * a proposal makes them stale, then current again; a reload and the saved file reproduce them. An old
 * (version 1) session file still loads. Screenshots of the editor and of the board with probabilities
 * at 1280x720 and 1920x1080, in both languages: artifacts/screenshots/game-edit-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startApp, type AppSession } from './support/app-session';
import { chartsSettled, currentSizeFirst, freshStart, openTab, screenshot } from './support/app-page';
import { createInProcessRunner } from '../../runtime/in-process-runner';
import { boardMcInput, boardProbabilities } from '../../ui/game/board-probability';
import { encodeProposal, gameUrl } from '../../ui/game/links';
import { roundProjection } from '../../ui/game/combine';
import { readSessionText, sessionToJson } from '../../ui/game/serialize';
import type { GameSession } from '../../ui/game/session-types';

let app: AppSession;
let page: Page;
const TIMEOUT_MS = 300_000;
const SEED = 4242;

/**
 * Screenshots game-edit-<name>-<en|zh>-<size> at 1280x720 and 1920x1080 in English, then in Chinese;
 * each sweep starts at the size the last one ended on (two resizes, not four), and the page is left
 * in English at 1280x720.
 */
async function shotsInBothLanguages(name: string): Promise<void> {
  for (const lang of ['en', 'zh'] as const) {
    await setLang(lang);
    for (const [w, h] of currentSizeFirst(page, [[1280, 720], [1920, 1080]] as const)) {
      await page.setViewportSize({ width: w, height: h });
      await chartsSettled(page);
      await screenshot(page, `game-edit-${name}-${lang}-${w}x${h}`);
    }
  }
  await setLang('en');
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function setLang(lang: 'zh' | 'en'): Promise<void> {
  if ((await page.getAttribute('html', 'lang'))?.startsWith(lang)) return;
  await page.click('[data-testid="lang-toggle"]');
  await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
}

async function shownProbabilities(): Promise<Record<string, number>> {
  await page.waitForSelector('[data-testid="board-mc-status"][data-state="done"]', { timeout: 60_000 });
  return page.$$eval('[data-testid^="prob-"][data-probability]', (cells) => Object.fromEntries(cells.map((c) => [c.getAttribute('data-testid')!.slice(5), Number(c.getAttribute('data-probability'))])));
}

async function savedSession(): Promise<GameSession> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="save-session"]')]);
  const r = readSessionText(await readFile((await download.path())!, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.value;
}

/** The engine's probabilities in Node for the session's round: the oracle. */
async function engineProbabilities(s: GameSession, round: number): Promise<Record<string, number>> {
  const got = await boardProbabilities(createInProcessRunner(), boardMcInput(s, round)!);
  return Object.fromEntries(got.map((p) => [p.id, p.probability]));
}

describe('Game setup edits and board probabilities in chromium', () => {
  beforeAll(async () => {
    app = await startApp({ locale: 'en-US' });
    page = app.page;
    await page.setViewportSize({ width: 1280, height: 720 });
  }, TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
  }, TIMEOUT_MS);

  it('edits teams in setup; an empty name is refused naming the team and field in English and Chinese', async () => {
    await freshStart(page, app.url, 'en');
    await openTab(page, 'workshop');
    await page.waitForSelector('[data-testid="team-editor"]');
    await page.fill('[data-testid="team-name-en-industry-it"]', '');
    const alert = page.locator('[data-testid="team-problems"] li');
    expect(await alert.allTextContents()).toEqual(['Team 2: the English name is empty; please enter one.']);
    expect(await page.isDisabled('[data-testid="game-begin"]')).toBe(true);
    await setLang('zh');
    expect(await alert.allTextContents()).toEqual(['第2组:英文名称为空,请填写。']);
    await setLang('en');
    await page.fill('[data-testid="team-name-en-industry-it"]', 'Industry, IT and digital');
    await page.fill('[data-testid="team-name-zh-industry-it"]', '经济信息和数字化组');
    await page.click('[data-testid="team-edit-industry-it"] summary');
    await page.fill('[data-testid="team-card-mandate-en-industry-it"]', 'Grow manufacturing and the digital economy.');
    await page.fill('[data-testid="team-color-industry-it"]', '#c2410c');
    expect(await page.isVisible('[data-testid="team-problems"]')).toBe(false);
    await page.click('[data-testid="team-add"]');
    await page.fill('[data-testid="team-name-en-team-7"]', 'Housing');
    await page.fill('[data-testid="team-name-zh-team-7"]', '住房组');
    await page.selectOption('[data-testid="owner-population.growth"]', 'team-7');
    const unowned = async () => Number(await page.getAttribute('[data-testid="unowned-levers"]', 'data-count'));
    const before = await unowned();
    const financeLevers = await page.$$eval('[data-testid^="owner-"]', (els) => els.filter((e) => (e as HTMLSelectElement).value === 'finance').length);
    expect(financeLevers).toBeGreaterThan(0);
    await page.click('[data-testid="team-remove-finance"]');
    expect(await unowned()).toBe(before + financeLevers);
    expect(await page.textContent('[data-testid="unowned-levers"]')).toContain('Levers no team owns');
    // Land levers belong to natural resources and planning by default.
    expect(await page.inputValue('[data-testid="owner-land.industrialDensityChange"]')).toBe('natural-resources');
    await page.check('[data-testid="setup-mc-toggle"]');
    expect(await page.inputValue('[data-testid="setup-mc-paths"]')).toBe('20000');
    await page.fill('[data-testid="setup-mc-seed"]', String(SEED));
    await page.selectOption('[data-testid="game-start"]', 'historical-trend');
    await page.fill('[data-testid="game-rounds"]', '2');
    await shotsInBothLanguages('setup');
    expect(app.pageErrors).toEqual([]);
  }, TIMEOUT_MS);

  it('starts with the edits saved; the board probabilities equal the engine Monte Carlo for the seed and paths', async () => {
    await page.click('[data-testid="game-begin"]');
    await page.waitForSelector('[data-testid="game-board"][data-round="1"]');
    expect(await page.textContent('[data-testid="team-industry-it"] h3')).toBe('Industry, IT and digital');
    expect(await page.isVisible('[data-testid="team-finance"]')).toBe(false);
    const shown = await shownProbabilities();
    const saved = await savedSession();
    expect(saved.settings).toEqual({ uncertainty: true, paths: 20_000, seed: SEED });
    const it = saved.teams.find((t) => t.id === 'industry-it')!;
    expect(it.name).toEqual({ zh: '经济信息和数字化组', en: 'Industry, IT and digital' });
    expect(it.color).toBe('#c2410c');
    expect(it.card.mandate.en).toBe('Grow manufacturing and the digital economy.');
    expect(saved.teams.find((t) => t.id === 'team-7')).toMatchObject({ name: { zh: '住房组', en: 'Housing' }, levers: ['population.growth'] });
    expect(saved.teams.some((t) => t.id === 'finance')).toBe(false);
    expect(saved.teams.find((t) => t.id === 'human-resources')!.levers).not.toContain('population.growth');
    const want = await engineProbabilities(saved, 0);
    expect(Object.keys(shown).length).toBeGreaterThanOrEqual(3);
    expect(shown).toEqual(want);
  }, TIMEOUT_MS);

  it('a proposal makes the probabilities stale at once, then current and equal to the engine again; timings', async () => {
    const s = await savedSession();
    const link = gameUrl(app.url, 'proposal', encodeProposal({ sessionId: s.id, round: 0, teamId: 'development-reform', values: { 'realGrowth.tertiary': 0.16 } }));
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { __mcStates: string[] }).__mcStates = []);
      const el = document.querySelector('[data-testid="board-mc-status"]')!;
      new MutationObserver(() => seen.push(el.getAttribute('data-state')!)).observe(el, { attributes: true, attributeFilter: ['data-state'] });
      performance.clearMeasures('planpath:board-probabilities');
    });
    await page.fill('[data-testid="proposal-input"]', link);
    await page.click('[data-testid="proposal-take"]');
    await page.waitForSelector('[data-testid="team-status-development-reform"]:has-text("proposal in")');
    await page.waitForFunction(() => performance.getEntriesByName('planpath:board-probabilities').length > 0, undefined, { timeout: 60_000 });
    const shown = await shownProbabilities();
    const states = await page.evaluate(() => (window as unknown as { __mcStates: string[] }).__mcStates);
    expect(states[0]).toMatch(/running|stale/);
    expect(states.at(-1)).toBe('done');
    const after = await savedSession();
    expect(shown).toEqual(await engineProbabilities(after, 0));
    const mcMs = await page.evaluate(() => performance.getEntriesByName('planpath:board-probabilities').map((m) => Math.round(m.duration)));
    const boardMs = await page.evaluate(() => performance.getEntriesByName('planpath:proposal-to-board').map((m) => Math.round(m.duration)));
    console.log(`game-edit: proposal -> board (deterministic) ${boardMs.join(', ')} ms; board probabilities (20,000 paths) ${mcMs.join(', ')} ms`);
    // The land team's lever moves construction land on the board as the engine computes it.
    const landBefore = Number(await page.getAttribute('[data-testid="board-land"]', 'data-value'));
    const land = gameUrl(app.url, 'proposal', encodeProposal({ sessionId: s.id, round: 0, teamId: 'natural-resources', values: { 'land.industrialDensityChange': 0.05 } }));
    await page.fill('[data-testid="proposal-input"]', land);
    await page.click('[data-testid="proposal-take"]');
    await page.waitForSelector('[data-testid="team-status-natural-resources"]:has-text("proposal in")');
    const withLand = await savedSession();
    const p = roundProjection(withLand, 0);
    const landShown = Number(await page.getAttribute('[data-testid="board-land"]', 'data-value'));
    expect(landShown).toBeCloseTo(p.series.constructionLandKm2[p.years.indexOf(2025)], 9);
    expect(landShown).toBeLessThan(landBefore);
    await shownProbabilities();
    await shotsInBothLanguages('board');
    expect(app.pageErrors).toEqual([]);
  }, TIMEOUT_MS);

  it('a reload reproduces the probabilities; an old version 1 session file still loads', async () => {
    const before = await shownProbabilities();
    const saved = await savedSession();
    await page.reload();
    await page.waitForSelector('[data-testid="tab-workshop"]', { timeout: 90_000 });
    await openTab(page, 'workshop');
    await page.waitForSelector('[data-testid="game-board"][data-round="1"]');
    expect(await shownProbabilities()).toEqual(before);
    // Version 1: no seed in the settings (probabilities were never shown then).
    const { seed: _seed, ...old } = saved.settings;
    const v1 = { ...JSON.parse(sessionToJson(saved)), id: 'ws-old-file', schemaVersion: 1, settings: { ...old, uncertainty: false, paths: 5000 } };
    await page.click('[data-testid="close-session"]');
    await page.setInputFiles('[data-testid="game-file"]', { name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
    await page.waitForSelector('[data-testid="game-board"][data-round="1"]');
    expect(await page.getAttribute('[data-testid="board-mc-status"]', 'data-state')).toBe('off');
    expect(await page.textContent('[data-testid="team-industry-it"] h3')).toBe('Industry, IT and digital');
    expect(app.pageErrors).toEqual([]);
  }, TIMEOUT_MS);
});
