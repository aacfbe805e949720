/**
 * `npm run bench`: the CLI start-up figures (bench/cli-startup.ts) and the Monte Carlo benchmark,
 * compared in the same run with two NumPy implementations of the same workload (bench/mc_numpy.py,
 * straightforward; bench/mc_numpy_tuned.py, the tuned one the targets refer to). Prints one table. Timings are wall-clock
 * medians of warm runs (workers started and JIT-compiled first); memory is the peak resident set of
 * this process, which includes its worker threads.
 */
import { availableParallelism } from 'node:os';
import { createInProcessRunner, type Runner } from '../runtime/index';
import { createNodePoolRunner } from '../runtime/node/node-pool-runner';
import { renderTable } from '../cli/format/table';
import { BENCH_PATHS, benchRequest, numpyWorkload } from './workload';
import { runNumpy } from './numpy-reference';
import { maxQuantileError } from './quantile-error';
import { cliStartupRows } from './cli-startup';
import { median } from './stats';

const spreadMs = (xs: number[]) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;

/** Median wall time (ms) of `runs` runs after `warm` unmeasured ones. */
async function time(runner: Runner, paths: number, warm: number, runs: number): Promise<number[]> {
  const request = benchRequest(paths);
  for (let i = 0; i < warm; i++) await runner.runMonteCarlo(request);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await runner.runMonteCarlo(request);
    out.push(performance.now() - t0);
  }
  return out;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const ok = (pass: boolean) => (pass ? 'yes' : 'NO');

async function main(): Promise<void> {
  console.log(`Planpath benchmark: CLI start-up (whole process, median of 5 runs, min-max), then the Monte Carlo: ${BENCH_PATHS.toLocaleString('en-US')} paths x 15 years x 3 correlated AR(1) sectors; ${availableParallelism()} cores, Node ${process.version}\n`);
  // CLI processes first, before this process's worker pools compete with them for the cores.
  // `npm run bench -- --mc-only` skips them (for Monte Carlo work: the kernel's figures alone);
  // `npm run bench -- --cli-only` prints them alone (for CLI work).
  const cliRows = process.argv.includes('--mc-only') ? [] : cliStartupRows();
  if (process.argv.includes('--cli-only')) {
    console.log(renderTable(['Measure', 'Value', 'Target', 'Met'], cliRows, { alignLeft: [1] }));
    return;
  }
  const pool2 = createNodePoolRunner({ workers: 2 });
  const pool1 = createNodePoolRunner({ workers: 1 });
  try {
    const big2 = await time(pool2, BENCH_PATHS, 3, 7);
    const small2 = await time(pool2, 100_000, 5, 15);
    // Peak memory of the 2-worker runs, before the 1-worker pool and the main-thread runs add theirs.
    const peakMB = process.resourceUsage().maxRSS / 1024;
    const big1 = await time(pool1, BENCH_PATHS, 2, 5);
    pool1.terminate();
    const single = await time(createInProcessRunner(), BENCH_PATHS, 1, 3);

    const checked = await pool2.runMonteCarlo(benchRequest(BENCH_PATHS, { samples: [2021, 2025, 2035].flatMap((year) => [{ series: 'gdpNominal', year }, { series: 'shares.tertiary', year }]) }));
    const qerr = maxQuantileError(checked);
    const numpy = runNumpy(numpyWorkload(BENCH_PATHS));
    const tuned = runNumpy(numpyWorkload(BENCH_PATHS), 'tuned');

    const t2 = median(big2);
    const rows: string[][] = [
      ...cliRows,
      ['1M paths, 2 worker threads (median of 7, min-max)', spreadMs(big2), '<= 255 ms', ok(t2 <= 255)],
      ['100k paths, 2 worker threads, warm (median of 15)', spreadMs(small2), '<= 60 ms', ok(median(small2) <= 60)],
      ['1M paths, 1 worker thread (median of 5)', ms(median(big1)), '', ''],
      ['Speedup 1 -> 2 workers', `${(median(big1) / t2).toFixed(2)}x`, '', ''],
      ['1M paths, main thread only (median of 3)', ms(median(single)), '', ''],
      ['Peak memory of the 2-worker runs (RSS incl. workers)', `${peakMB.toFixed(0)} MB`, '<= 100 MB', ok(peakMB <= 100)],
      ['Quantile error vs exact (max, in MC std. errors)', `${qerr.worst.toFixed(3)} (${qerr.where})`, '< 0.25', ok(qerr.worst < 0.25)],
    ];
    if ('missing' in numpy) {
      console.log(`NumPy column skipped: ${numpy.missing}\n`);
    } else {
      const speed = (numpy.seconds * 1000) / t2;
      rows.push(
        [`NumPy ${numpy.numpy}, same workload, 1 process`, `${ms(numpy.seconds * 1000)}, peak ${numpy.peakMB.toFixed(0)} MB`, '', ''],
        ['Speedup over that NumPy', `${speed.toFixed(2)}x`, '', ''],
        ['Cross-check: median GDP 2035 (亿元), TS / NumPy', `${checked.quantiles.gdpNominal['0.5'][15].toFixed(1)} / ${numpy.gdpQuantiles[14][2].toFixed(1)}`, '', ''],
        ['Cross-check: joint 2025 probability, TS / NumPy', `${checked.jointProbability.toFixed(4)} / ${numpy.joint.toFixed(4)}`, '', ''],
      );
    }
    if (!('missing' in tuned)) {
      const speed = (tuned.seconds * 1000) / t2;
      rows.push(
        [`Tuned NumPy ${tuned.numpy} ((3, N) float64, in place), 1 process`, `${ms(tuned.seconds * 1000)}, peak ${tuned.peakMB.toFixed(0)} MB`, '', ''],
        ['Speedup over the tuned NumPy', `${speed.toFixed(2)}x`, '>= 5.5x', ok(speed >= 5.5)],
      );
    }
    console.log(renderTable(['Measure', 'Value', 'Target', 'Met'], rows, { alignLeft: [1] }));
  } finally {
    pool1.terminate();
    pool2.terminate();
  }
}

await main();
