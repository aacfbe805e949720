/**
 * CLI start-up benchmark (issue 12): whole-process wall time and peak memory of `planpath` commands as
 * a user runs them (`node cli/bin.mjs ...`, the bundled build), median of 5 runs, on a quiet machine and
 * while another process keeps one core busy. Reference in the same run: a bare `node -e ""` (the floor
 * no CLI can beat). Also: what 1,000,000 Monte Carlo paths cost over 1,000 through the CLI, as JSON
 * (every series, every year) and as the default table (six series in two years).
 * Standalone: `npm run -s bench:cli`; `npm run bench` prints these rows in its one table.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderTable } from '../cli/format/table';
import { median } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TIME = '/usr/bin/time';
const RUNS = 5;

export interface Sample {
  seconds: number;
  /** Peak resident memory of the process (MB), when /usr/bin/time is there to measure it. */
  peakMB?: number;
}

/** One whole-process run of `node args`: wall time, and peak RSS through /usr/bin/time when available. */
export function runOnce(args: string[]): Sample {
  const withTime = existsSync(TIME);
  const cmd = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', 'PEAK_KB=%M', process.execPath, ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, LANG: 'en_US.UTF-8' } });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-400)}`);
  const kb = /PEAK_KB=(\d+)/.exec(r.stderr ?? '')?.[1];
  return { seconds, ...(kb ? { peakMB: Number(kb) / 1024 } : {}) };
}


export interface Measured {
  median: number;
  min: number;
  max: number;
  peakMB?: number;
}

/** Median, min and max wall time of `runs` runs (after one unmeasured run that warms the OS caches). */
export function measure(args: string[], runs = RUNS): Measured {
  runOnce(args);
  const samples = Array.from({ length: runs }, () => runOnce(args));
  const secs = samples.map((s) => s.seconds);
  const peaks = samples.flatMap((s) => (s.peakMB === undefined ? [] : [s.peakMB]));
  return { median: median(secs), min: Math.min(...secs), max: Math.max(...secs), ...(peaks.length ? { peakMB: median(peaks) } : {}) };
}

/** A process that keeps one core busy until stopped (the "busy machine" condition). */
function busyCore(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

const s = (x: number) => `${x.toFixed(2)} s`;
const spread = (m: Measured) => `${s(m.median)} (${m.min.toFixed(2)}-${m.max.toFixed(2)})`;
const ok = (pass: boolean) => (pass ? 'yes' : 'NO');

/** The benchmark's rows: [measure, value, target, met]. */
export function cliStartupRows(): string[][] {
  const cli = 'cli/bin.mjs';
  const bare = measure(['-e', '']);
  const run = measure([cli, 'run', 'plan-target', '--format', 'json']);
  const indicators = measure([cli, 'indicators', '--format', 'json']);
  const busy = busyCore();
  let runBusy: Measured;
  let indicatorsBusy: Measured;
  try {
    runBusy = measure([cli, 'run', 'plan-target', '--format', 'json']);
    indicatorsBusy = measure([cli, 'indicators', '--format', 'json']);
  } finally {
    busy.kill();
  }
  const mcSmall = measure([cli, 'mc', 'plan-target', '--paths', '1000', '--format', 'json'], 3);
  const mcLarge = measure([cli, 'mc', 'plan-target', '--paths', '1000000', '--format', 'json'], 3);
  const extra = mcLarge.median - mcSmall.median;
  // The default output (a table: six series in two years) simulates far less than JSON (every series, every year).
  const tableSmall = measure([cli, 'mc', 'plan-target', '--paths', '1000'], 3);
  const tableLarge = measure([cli, 'mc', 'plan-target', '--paths', '1000000'], 3);
  const tableExtra = tableLarge.median - tableSmall.median;
  const mem = (m: Measured) => (m.peakMB === undefined ? 'n/a' : `${m.peakMB.toFixed(0)} MB`);
  return [
    ['Bare `node -e ""` (reference floor)', spread(bare), '', ''],
    ['CLI `run plan-target --format json`, quiet', `${spread(run)}, ${mem(run)}`, '<= 0.35 s, <= 80 MB', ok(run.median <= 0.35 && (run.peakMB ?? 0) <= 80)],
    ['CLI `indicators --format json`, quiet', `${spread(indicators)}, ${mem(indicators)}`, '<= 0.35 s, <= 80 MB', ok(indicators.median <= 0.35 && (indicators.peakMB ?? 0) <= 80)],
    ['CLI `run plan-target`, one core busy', spread(runBusy), '<= 0.5 s', ok(runBusy.median <= 0.5)],
    ['CLI `indicators`, one core busy', spread(indicatorsBusy), '<= 0.5 s', ok(indicatorsBusy.median <= 0.5)],
    ['CLI `mc --paths 1000000` minus `--paths 1000` (median of 3)', `${s(extra)} (${s(mcLarge.median)} - ${s(mcSmall.median)})`, '<= 0.5 s', ok(extra <= 0.5)],
    ['Same, default table output (no --format; median of 3)', `${s(tableExtra)} (${s(tableLarge.median)} - ${s(tableSmall.median)})`, '<= 0.5 s', ok(tableExtra <= 0.5)],
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale', '--no-types', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  console.log(`CLI start-up: whole process, median of ${RUNS} runs (min-max); ${process.version}\n`);
  console.log(renderTable(['Measure', 'Value', 'Target', 'Met'], cliStartupRows(), { alignLeft: [1] }));
}
