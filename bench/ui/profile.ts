/**
 * Profiles a lever drag on the workspace in Chromium (`npx tsx bench/ui/profile.ts [dist]`): the
 * CPU profile's functions by self time, and each chart's synchronous Plotly.react time
 * (planpath:react:<chart> measures) and held-lever fast draw time (planpath:fast:<chart>). A tool for finding where a lever change spends its time;
 * `npm run bench:ui` is the measurement.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../tests/e2e/support/build-app';
import { serveStatic } from '../../tests/e2e/support/static-server';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { leverSweep } from './page-probes';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }

async function main(): Promise<void> {
  const given = process.argv[2];
  const dist = given ?? (await mkdtemp(join(tmpdir(), 'planpath-profile-')));
  if (!given) await buildApp(dist);
  const server = await serveStatic(dist);
  const browser = await launchBrowser({ locale: 'en-US' });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="chart-gdp"] .main-svg');
    const tab = process.env.PROFILE_TAB;
    await leverSweep(page, 20);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.evaluate(() => performance.clearMeasures());
    await cdp.send('Profiler.start');
    const s = await leverSweep(page, Number(process.env.PROFILE_ROUNDS ?? 60));
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
    void tab;
    const sorted = s.redraw.slice().sort((a, b) => a - b);
    console.log(`redraw p50 ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, charts ${s.charts.reduce((a, b) => a + b, 0) / s.charts.length}`);
    const measures = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('planpath:react:') || m.name.startsWith('planpath:fast:')).map((m) => [m.name, m.duration] as [string, number]));
    const byChart = new Map<string, number[]>();
    for (const [n, d] of measures) byChart.set(n, [...(byChart.get(n) ?? []), d]);
    for (const [n, ds] of byChart) console.log(`${n.padEnd(40)} n=${ds.length} mean ${(ds.reduce((a, b) => a + b, 0) / ds.length).toFixed(2)} ms`);
    // Self time per function.
    const self = new Map<number, number>();
    for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
    const byName = new Map<string, number>();
    for (const n of profile.nodes) {
      const t = self.get(n.id) ?? 0;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      byName.set(key, (byName.get(key) ?? 0) + t);
    }
    // Inclusive time of named functions (PROFILE_FUNCS=a,b,c), counted once per stack.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
    const everything = process.env.PROFILE_FUNCS === '*';
    const wanted = (everything ? '' : process.env.PROFILE_FUNCS ?? 'react,performWorkOnRoot,commitRoot,dispatch,useStableFigure,usePresentedFigure,withBaselines,project,resolveFile,_doPlot,supplyDefaults,doCalcdata,transitionFromReact,drawFramework,plotOne').split(',');
    const inclusive = new Map<string, number>(wanted.map((w) => [w, 0]));
    for (const [id, t] of self) {
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const name = nodeById.get(n)!.callFrame.functionName;
        if (everything && !inclusive.has(name)) inclusive.set(name, 0);
        if (inclusive.has(name) && !seen.has(name)) {
          seen.add(name);
          inclusive.set(name, inclusive.get(name)! + t);
        }
      }
    }
    const rounds = s.redraw.length;
    for (const [k, t] of everything ? [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_INCL_TOP ?? 60)) : inclusive) console.log(`inclusive ${k.padEnd(24)} ${(t / 1000 / rounds).toFixed(2)} ms per input`);
    const total = [...byName.values()].reduce((a, b) => a + b, 0);
    console.log(`profile total ${(total / 1000).toFixed(0)} ms`);
    for (const [k, t] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 40))) console.log(`${(t / 1000).toFixed(1).padStart(8)} ms  ${k}`);
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
