/**
 * Game board bench (`npx tsx bench/ui/board.ts`): a workshop session with the six default teams in
 * Debian's chromium; proposals are taken in one after the other (each team's first lever that applies,
 * a new value each time), and each is timed in the page from the click on "take in" to:
 *
 *   - board: the round's combined projection shown (the in-app `planpath:proposal-to-board` measure,
 *     and the test's own clock until the GDP chart's draw has completed) — the 200 ms budget;
 *   - effects: the per-team effects and Shapley attribution shown (`game-effects` data-state="done").
 *
 * BOARD_PROPOSALS (default 20) proposals in round 1, then as many in round 2. BOARD_PROBS=1 turns the
 * board's Monte Carlo probabilities on. BENCH_DIST measures an existing build; BOARD_PROFILE=1 prints a
 * CPU profile (functions by self time) of the take-ins. Prints `uptime` before and after: the load
 * average matters on a shared 2-core machine. Never fails on a number.
 */
import { execSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { appBuild } from '../../tests/e2e/support/build-app';
import { serveStatic } from '../../tests/e2e/support/static-server';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { freshStart, openTab } from '../../tests/e2e/support/app-page';
import { defaultTeams } from '../../ui/game/teams';
import { decodeInvite, encodeProposal, gameUrl } from '../../ui/game/links';
import { gameLeverBounds, gameLeverValue, leverApplies } from '../../ui/game/game-levers';
import { resolveFile } from '../../ui/state/scenarios';
import { builtinScenario } from '../../scenarios/index';
import { percentile as quantile } from '../stats';

const PROPOSALS = Number(process.env.BOARD_PROPOSALS ?? 20);
const PROBS = process.env.BOARD_PROBS === '1';
const PROFILE = process.env.BOARD_PROFILE === '1';

const uptime = () => execSync('uptime').toString().trim();

interface Timing { board: number; inApp: number; effects: number; draws: string }

/** Takes in one proposal link and times it inside the page (no round trip in the measured span). */
async function takeIn(page: Page, link: string): Promise<Timing> {
  await page.fill('[data-testid="proposal-input"]', link);
  return page.evaluate(async () => {
    const w = window as unknown as { __planpathDraws?: Record<string, number>; __planpathScheduled?: Record<string, number> };
    const measures = () => performance.getEntriesByName('planpath:proposal-to-board');
    const m0 = measures().length;
    const d0 = { ...(w.__planpathDraws ?? {}) };
    const button = document.querySelector('[data-testid="proposal-take"]') as HTMLButtonElement;
    const t0 = performance.now();
    button.click();
    let board = NaN;
    let effects = NaN;
    for (let spins = 0; ; spins++) {
      const now = performance.now();
      // Every chart draw started so far has completed (a figure that did not change is not redrawn).
      const started = w.__planpathScheduled ?? {};
      const drawn = Object.keys(started).every((k) => (w.__planpathDraws?.[k] ?? 0) >= started[k]);
      if (Number.isNaN(board) && measures().length > m0 && drawn) board = now - t0;
      if (Number.isNaN(effects) && measures().length > m0 && document.querySelector('[data-testid="game-effects"]')?.getAttribute('data-state') !== 'computing') effects = now - t0;
      if (!Number.isNaN(board) && !Number.isNaN(effects)) break;
      if (now - t0 > 5_000) break;
      if (spins < 200) await Promise.resolve();
      else await new Promise((r) => setTimeout(r, 0));
    }
    const inApp = measures()[m0]?.duration ?? NaN;
    // Chart draws (Plotly.react calls) up to the effects shown.
    const d1 = w.__planpathDraws ?? {};
    const draws = Object.keys(d1).filter((k) => d1[k] > (d0[k] ?? 0)).map((k) => `${k}x${d1[k] - (d0[k] ?? 0)}`).join('+');
    return { board, inApp, effects, draws: draws || '-' };
  });
}

async function main(): Promise<void> {
  const dist = process.env.BENCH_DIST ?? (await appBuild());
  const server = await serveStatic(dist);
  const browser = await launchBrowser({ locale: 'en-US' });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await freshStart(page, server.url, 'en');
    await openTab(page, 'workshop');
    await page.waitForSelector('[data-testid="team-editor"]');
    if (PROBS) await page.check('[data-testid="setup-mc-toggle"]');
    const startId = await page.inputValue('[data-testid="game-start"]');
    await page.click('[data-testid="game-begin"]');
    await page.waitForSelector('[data-testid="game-board"][data-round="1"]');
    // The session id, from a team link (the links carry it).
    await page.waitForSelector('[data-testid^="team-link-"]', { state: 'attached' });
    const teamLink = await page.$eval('[data-testid^="team-link-"]', (el) => (el as HTMLInputElement).value);
    const invite = await decodeInvite(teamLink.split('#team=')[1]);
    if (!invite.ok) throw new Error(`team link: ${JSON.stringify(invite.problem)}`);
    const sessionId = invite.value.sessionId;
    const start = resolveFile(builtinScenario(startId)!, []);
    const teams = defaultTeams().map((t) => ({ id: t.id, lever: t.levers.find((l) => leverApplies(start, l)) })).filter((t): t is { id: string; lever: string } => t.lever !== undefined);
    console.log(`start ${startId}, session ${sessionId}, ${teams.length} teams: ${teams.map((t) => `${t.id}:${t.lever}`).join(', ')}${PROBS ? ', probabilities on' : ''}`);
    const link = (round: number, i: number) => {
      const t = teams[i % teams.length];
      const base = gameLeverValue(start, t.lever);
      const { floor, ceiling } = gameLeverBounds(t.lever);
      const step = (Math.abs(base) || 0.01) * 0.02 * (1 + (i % 7));
      const value = Math.min(ceiling, Math.max(floor + 1e-9, base + (i % 2 === 0 ? step : -step)));
      return gameUrl(server.url, 'proposal', encodeProposal({ sessionId, round, teamId: t.id, values: { [t.lever]: value } }));
    };
    let cdp: CDPSession | undefined;
    if (PROFILE) {
      cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    console.log(`before: ${uptime()}`);
    const rows: { round: number; t: Timing }[] = [];
    for (const round of [0, 1]) {
      if (round === 1) {
        await page.click('[data-testid="next-round"]');
        await page.waitForSelector('[data-testid="game-board"][data-round="2"]');
      }
      for (let i = 0; i < PROPOSALS; i++) {
        const t = await takeIn(page, link(round, i));
        if (Number.isNaN(t.inApp)) throw new Error(`proposal ${i} of round ${round + 1} not taken in: ${await page.textContent('[data-testid="game-message"]')}`);
        rows.push({ round, t });
        await page.waitForTimeout(50);
      }
    }
    console.log(`after:  ${uptime()}`);
    if (cdp) await printProfile(cdp, rows.length);
    const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
    for (const round of [0, 1]) {
      const r = rows.filter((x) => x.round === round).map((x) => x.t);
      console.log(`round ${round + 1}, ${r.length} proposals (ms, in order):`);
      console.log(`  board   ${r.map((x) => f(x.board)).join(' ')}`);
      console.log(`  in-app  ${r.map((x) => f(x.inApp)).join(' ')}`);
      console.log(`  effects ${r.map((x) => f(x.effects)).join(' ')}`);
      console.log(`  chart draws ${r.map((x) => x.draws).join(' ')}`);
    }
    const all = rows.map((x) => x.t);
    const redrawn = all.filter((x) => x.draws !== '-');
    for (const [name, xs] of [['proposal -> board drawn (target 200 ms)', all.map((x) => x.board)], ['  of which the GDP chart was redrawn', redrawn.map((x) => x.board)], ['proposal -> board measure (in app)', all.map((x) => x.inApp)], ['proposal -> effects + Shapley shown', all.map((x) => x.effects)]] as const) {
      console.log(`${name.padEnd(42)} n=${xs.length} p50 ${f(quantile(xs, 0.5))} ms  p95 ${f(quantile(xs, 0.95))} ms  max ${f(Math.max(...xs))} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

async function printProfile(cdp: CDPSession, takeIns: number): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfByName = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    selfByName.set(key, (selfByName.get(key) ?? 0) + t);
    const seen = new Set<string>();
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
      const name = byId.get(p)!.callFrame.functionName;
      if (name && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + t);
      }
    }
  }
  console.log(`CPU profile over ${takeIns} take-ins (ms per take-in):`);
  for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  inclusive ${(t / 1000 / takeIns).toFixed(2).padStart(8)}  ${k}`);
  for (const [k, t] of [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  self      ${(t / 1000 / takeIns).toFixed(2).padStart(8)}  ${k}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
