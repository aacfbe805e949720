/**
 * The Runner for Node (CLI, bench, tests): a pool of worker_threads workers. Results are identical to
 * the in-process runner's for any number of workers.
 */
import { availableParallelism } from 'node:os';
import { WorkerPool, type PoolOptions } from '../pool/worker-pool';
import { poolExecutor } from '../pool/pool-executor';
import { callerAndPoolExecutor } from '../caller-pool-executor';
import { runnerFromExecutor } from '../executor-runner';
import type { Runner } from '../runner';
import type { SpawnWorker } from '../pool/worker-handle';
import { nodeWorkerSpawner } from './spawn-node-worker';

/** Options of the Node pool: `workers` defaults to the number of CPU cores. */
export interface NodePoolOptions extends Partial<Omit<PoolOptions, 'size'>> {
  workers?: number;
  /** Worker factory (tests inject faulty workers). */
  spawn?: SpawnWorker;
  /** Start the workers now rather than on the first task (the CLI: they start while the model compiles). */
  prestart?: boolean;
  /** The calling thread simulates a share of the Monte Carlo blocks too (caller-pool-executor.ts; the CLI). */
  callerShare?: boolean;
}

/** A runner on a pool of worker threads. Call terminate() when done (idle workers do not keep Node alive). */
export function createNodePoolRunner(options: NodePoolOptions = {}): Runner {
  const size = options.workers ?? availableParallelism();
  const pool = new WorkerPool(options.spawn ?? nodeWorkerSpawner(), { size, taskTimeoutMs: options.taskTimeoutMs, retries: options.retries });
  if (options.prestart) pool.prestart();
  const executor = poolExecutor(pool);
  return runnerFromExecutor(options.callerShare ? callerAndPoolExecutor(executor, size) : executor);
}
