/**
 * The app's one Runner: the runtime's comlink Web Worker pool (runtime/browser). Created on first
 * use and kept: spawning workers costs 30-300 ms, so the pool is reused by every analysis.
 */
import { createBrowserPoolRunner } from '../../runtime/browser/browser-pool-runner';
import type { Runner } from '../../runtime/runner';

let runner: Runner | undefined;

export function getRunner(): Runner {
  runner ??= createBrowserPoolRunner();
  return runner;
}

/** Workers in the pool (as the runtime sizes it). */
export function workerCount(): number {
  return Math.min(8, Math.max(1, navigator.hardwareConcurrency || 2));
}
