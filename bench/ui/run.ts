/**
 * UI bench (`npm run bench:ui`): builds the app, serves it on localhost and measures in Debian's
 * chromium, with the app's own performance marks (planpath:first-chart, planpath:draw:<chart>,
 * planpath:release, planpath:mc-result):
 *
 *   - lever change -> every workspace chart in view redrawn (p95 target 50 ms), and to the next frame;
 *   - the uncertainty view open: lever input -> next frame, results dimmed as stale (target 50 ms);
 *   - uncertainty view, 20,000 paths: lever release -> fan charts redrawn (target 300 ms);
 *   - initial JavaScript of a first visit, gzip (target 600 kB);
 *   - first chart after navigation (target 1.5 s).
 *
 * The reference in the same run: the engine alone (resolve + project of the same edit) in Node.
 * Prints a table; never fails on a number (benchmarks are programs, not tests).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../../tests/e2e/support/build-app';
import { serveStatic } from '../../tests/e2e/support/static-server';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { resolveScenario, project } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';
import { languageSweep, leverSweep, releaseSweep, scenarioSwitchSweep, uncertaintyInputSweep, type Sample } from './page-probes';
import { decisionMapSweep } from './decision-map-probe';
import { percentile as quantile } from '../stats';

const LEVER_ROUNDS = Number(process.env.BENCH_LEVER_ROUNDS ?? 200);
const RELEASE_ROUNDS = Number(process.env.BENCH_RELEASE_ROUNDS ?? 15);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);

interface Row {
  measure: string;
  target: string;
  values: number[];
  unit: 'ms' | 'kB';
  limit?: number;
  /** Which statistic the target applies to. */
  judge: 'p95' | 'max' | 'value';
}

function printTable(rows: Row[]): void {
  const header = ['Measure', 'Target', 'n', 'p50', 'p95', 'max', 'Result'];
  const body = rows.map((r) => {
    const f = (x: number) => (Number.isFinite(x) ? (r.unit === 'kB' ? x.toFixed(1) : x.toFixed(1)) : '-');
    const p50 = quantile(r.values, 0.5), p95 = quantile(r.values, 0.95), max = Math.max(...r.values);
    const judged = r.judge === 'p95' ? p95 : r.judge === 'max' ? max : r.values[0];
    const result = r.limit === undefined ? 'reference' : judged <= r.limit ? 'ok' : 'OVER';
    return [r.measure, r.target, String(r.values.length), `${f(p50)} ${r.unit}`, `${f(p95)} ${r.unit}`, `${f(max)} ${r.unit}`, result];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

/** The engine alone on the same edit as the lever sweep: resolve + project, in Node. */
function engineReference(rounds: number): number[] {
  const lookup = (id: string) => builtinScenario(id);
  const out: number[] = [];
  for (let i = 0; i < rounds + 20; i++) {
    const file = { schemaVersion: 1, id: 'bench', name: { zh: 'b', en: 'b' }, extends: 'plan-target', assumptions: { realGrowth: { primary: 0.02, secondary: 0.105, tertiary: 0.1 + (i % 20) * 0.005 } } };
    const t0 = performance.now();
    project(defaultPlan, resolveScenario(file, lookup, defaultPlan));
    if (i >= 20) out.push(performance.now() - t0);
  }
  return out;
}

async function main(): Promise<void> {
  // BENCH_DIST: measure an existing build (kept) instead of building one.
  const given = process.env.BENCH_DIST;
  const dist = given ?? (await mkdtemp(join(tmpdir(), 'planpath-bench-')));
  if (!given) {
    console.log(`building the app into ${dist} ...`);
    await buildApp(dist);
  }
  const server = await serveStatic(dist);
  const browser = await launchBrowser({ locale: 'en-US' });
  try {
    const page = await browser.context.newPage();
    // tsx keeps function names with an `__name` helper that the functions sent to the page refer to.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    // First visits: first chart time and the JavaScript loaded before it.
    const firstChart: number[] = [];
    let initialJs = 0;
    for (let i = 0; i < LOADS; i++) {
      await page.goto('about:blank');
      await browser.context.clearCookies();
      await page.goto(server.url);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${server.url}?visit=${i}`);
      await page.waitForFunction(() => performance.getEntriesByName('planpath:first-chart').length > 0, undefined, { timeout: 20_000 });
      const t = await page.evaluate(() => performance.getEntriesByName('planpath:first-chart')[0].startTime);
      firstChart.push(t);
      if (i === 0) {
        const scripts = await page.evaluate(() => {
          const first = performance.getEntriesByName('planpath:first-chart')[0].startTime;
          return performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') && r.startTime <= first).map((r) => new URL(r.name).pathname);
        });
        const entry = await page.evaluate(() => [...document.querySelectorAll('script[type=module]')].map((s) => new URL((s as HTMLScriptElement).src).pathname));
        const files = [...new Set([...entry, ...scripts])];
        for (const f of files) initialJs += gzipSync(await readFile(join(dist, f))).length / 1024;
        console.log(`initial JavaScript: ${files.join(', ')}`);
      }
    }
    // Lever sweeps on the workspace: services growth (moves GDP, shares, per capita) and population
    // growth (moves population, per capita, public services).
    const lever: Sample = await leverSweep(page, LEVER_ROUNDS);
    const population: Sample = await leverSweep(page, LEVER_ROUNDS, '[data-testid="lever-population.growth-slider"]');
    const language = await languageSweep(page, 10);
    const switching = await scenarioSwitchSweep(page, 30);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`charts redrawn per input: services growth ${mean(lever.charts).toFixed(1)}, population growth ${mean(population.charts).toFixed(1)} (of 6; unchanged charts and charts out of view are not redrawn)`);
    console.log(`of which by the held lever's fast draw (not Plotly): services growth ${mean(lever.fast).toFixed(1)}, population growth ${mean(population.fast).toFixed(1)}`);
    // Release sweep on the uncertainty view (20,000 paths, the default).
    await page.click('[data-testid="tab-uncertainty"]');
    await page.waitForSelector('[data-testid="mc-status"][data-state="done"]', { timeout: 30_000 });
    const release = await releaseSweep(page, RELEASE_ROUNDS);
    const paths = await page.textContent('[data-testid="mc-status"]');
    await page.waitForSelector('[data-testid="mc-status"][data-state="done"]', { timeout: 30_000 });
    const uncertaintyInput = await uncertaintyInputSweep(page, Math.min(LEVER_ROUNDS, 100));
    await page.waitForSelector('[data-testid="mc-status"][data-state="done"]', { timeout: 30_000 });
    const decisionMap = await decisionMapSweep(page, Number(process.env.BENCH_MAP_ROUNDS ?? 6));
    console.log(`uncertainty status after the sweep: ${paths}`);
    const rows: Row[] = [
      { measure: 'services lever -> changed workspace charts redrawn', target: 'p95 <= 50 ms', values: lever.redraw, unit: 'ms', limit: 50, judge: 'p95' },
      { measure: 'population lever -> changed workspace charts redrawn', target: 'p95 <= 50 ms', values: population.redraw, unit: 'ms', limit: 50, judge: 'p95' },
      { measure: 'services lever -> next frame after redraw', target: '(info)', values: lever.frame, unit: 'ms', judge: 'p95' },
      { measure: 'scenario switch -> the charts in view redrawn', target: '(info)', values: switching, unit: 'ms', judge: 'p95' },
      { measure: 'language switch -> the charts in view replotted', target: '(info)', values: language, unit: 'ms', judge: 'p95' },
      { measure: 'engine only: resolve + project (Node, reference)', target: '(reference)', values: engineReference(LEVER_ROUNDS), unit: 'ms', judge: 'p95' },
      { measure: 'uncertainty view: lever input -> next frame (stale mark)', target: 'p95 <= 50 ms', values: uncertaintyInput, unit: 'ms', limit: 50, judge: 'p95' },
      { measure: 'release -> uncertainty charts (20,000 paths)', target: 'p95 <= 300 ms', values: release.redraw, unit: 'ms', limit: 300, judge: 'p95' },
      { measure: 'release -> Monte Carlo result delivered', target: '(info)', values: release.result, unit: 'ms', judge: 'p95' },
      { measure: 'decision tab: 41 x 41 feasibility map computed', target: 'p95 < 1000 ms', values: decisionMap, unit: 'ms', limit: 1000, judge: 'p95' },
      { measure: 'initial JavaScript, gzip', target: '<= 600 kB', values: [initialJs], unit: 'kB', limit: 600, judge: 'value' },
      { measure: 'navigation -> first chart drawn', target: '<= 1500 ms', values: firstChart, unit: 'ms', limit: 1500, judge: 'max' },
    ];
    console.log('');
    printTable(rows);
  } finally {
    await browser.close();
    await server.close();
    if (!given) await rm(dist, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
