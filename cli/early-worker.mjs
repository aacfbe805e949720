/**
 * A Monte Carlo worker started before the CLI is loaded. bin.mjs calls startEarlyWorker() first thing:
 * for an `mc` run large enough to go to a worker pool (see cli/commands/mc.ts cliRunner), the first
 * worker starts booting (Node's worker internals and the engine: about 70-90 ms of CPU on the 2-core
 * machine) while this thread loads and parses the CLI bundle (about 150 ms), instead of after it. The
 * pool's spawner adopts it (runtime/node/spawn-node-worker.ts, takeEarlyWorker) as its first worker.
 *
 * Plain JavaScript: it runs before any bundle is loaded. The worker is unref'd, so a run that does not
 * use it (bad arguments, a short scenario) exits as before; it is then stopped with the process.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * Work (paths x years) below which one process is faster than starting workers. Measured with the linked
 * model (energy, CO2 and jobs on every path) through the bundled CLI, plan-target, 2 cores: 100,000 paths
 * (1.5M path-years) take 0.75 s in-process and 0.80 s on 2 workers; 1,000,000 paths 4.5 s and 2.4 s.
 */
export const IN_PROCESS_WORK = 2_000_000;

/** Years the early decision assumes (the embedded plan: 2021-2035); the command decides on the scenario's own. */
const ASSUMED_YEARS = 15;

/** Where bin.mjs leaves the worker for the pool's spawner: a list of { worker, alive }. */
export const EARLY_WORKERS = Symbol.for('planpath.earlyWorkers');

/** The value of option `--name` in `args` (`--name v` or `--name=v`), or undefined. */
function optionValue(args, name) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return undefined;
}

/**
 * Whether the command line `args` (after `node bin.mjs`) is an `mc` run that will go to the default
 * worker pool: no `--workers` (an explicit pool is started by the command as asked), at least 2 cores,
 * and either no `--paths` (adaptive, up to the default limit of 1,000,000) or paths x 15 years of at
 * least IN_PROCESS_WORK. A guess on the arguments alone: the command still decides, and a worker it
 * does not use costs a little CPU on another core.
 */
export function wantsEarlyWorker(args, cores = availableParallelism()) {
  if (args[0] !== 'mc' || cores < 2 || optionValue(args, 'workers') !== undefined) return false;
  const paths = optionValue(args, 'paths');
  if (paths === undefined) return true;
  const n = Number(paths.replace(/[_,，]/g, ''));
  return Number.isFinite(n) && n * ASSUMED_YEARS >= IN_PROCESS_WORK;
}

/** Starts the worker of `script` when `args` call for one (see wantsEarlyWorker); returns whether it did. */
export function startEarlyWorker(args, script) {
  if (!wantsEarlyWorker(args)) return false;
  try {
    // As the pool's spawner does before any worker (runtime/node/v8-flags.ts): V8 flags are per process.
    setFlagsFromString('--no-use-osr');
    const worker = new Worker(script);
    worker.unref();
    // A worker that fails before the pool adopts it is not adopted (the pool starts a new one); until
    // then its error must not crash the CLI.
    const early = { worker, alive: true };
    const dead = () => (early.alive = false);
    worker.on('error', dead);
    worker.on('exit', dead);
    globalThis[EARLY_WORKERS] = [early];
    return true;
  } catch {
    return false;
  }
}
