/**
 * Runs a compiled Monte Carlo through any block executor (in-process, worker pool, ...): one batch of
 * blocks for a fixed run; for an adaptive run, batches until every probability's standard error is
 * at most the tolerance or the path limit is reached. Batch sizes depend only on merged results, so
 * an adaptive run is as reproducible as a fixed one and stops at the same path count on any pool.
 */
import { ADAPTIVE_FIRST_BLOCKS, BLOCK_PATHS } from './mc-defaults';
import type { BlockRange, McModel, McPartial, McResult } from './mc-types';
import type { McSetup } from './compile-model';
import { createAccumulator, mergePartial, type McAccumulator } from './accumulator';
import { maxStandardError, summarize } from './summarize';
import { pathsForTolerance } from './probability';

/**
 * Runs blocks somewhere and returns their partials (one or several, any order). An executor may instead
 * hand each partial to `deliver` as it arrives and return none: merging then overlaps the blocks still
 * running, and a merged partial's arrays can go to a later task of the same batch.
 */
export type BlockExecutor = (model: McModel, range: BlockRange, deliver: (part: McPartial) => void) => Promise<McPartial[]>;

/** Progress after each batch: paths done and the current largest standard error. */
export type McProgress = (done: { paths: number; maxStandardError: number }) => void;

/** Blocks of the next adaptive batch: enough for the worst probability, growing by at least 25%. */
export function nextBatchBlocks(setup: McSetup, acc: McAccumulator, limitBlocks: number): number {
  let needed = 0;
  setup.targets.forEach((t, k) => {
    if (!t.deterministic) needed = Math.max(needed, pathsForTolerance(acc.targetHits[k], acc.paths, setup.tolerance));
  });
  if (setup.model.joint.some((k) => !setup.targets[k].deterministic)) needed = Math.max(needed, pathsForTolerance(acc.jointHits, acc.paths, setup.tolerance));
  const wanted = Math.max(Math.ceil((needed * 1.05) / BLOCK_PATHS), Math.ceil(acc.blocks * 1.25));
  return Math.min(limitBlocks, wanted) - acc.blocks;
}

/** Called with each partial once it is merged: its arrays are no longer read and may be reused. */
export type ReleasePartial = (part: McPartial) => void;

/** Runs `setup` on `execute`. */
export async function runMonteCarlo(setup: McSetup, execute: BlockExecutor, onProgress?: McProgress, release?: ReleasePartial): Promise<McResult> {
  const totalPaths = setup.paths;
  const limitBlocks = Math.ceil(totalPaths / BLOCK_PATHS);
  const acc = createAccumulator(setup.model, totalPaths);
  const slotCount = setup.model.slots.count;
  const runBatch = async (blockCount: number) => {
    const take = (part: McPartial) => {
      mergePartial(acc, part, slotCount);
      release?.(part);
    };
    for (const part of await execute(setup.model, { firstBlock: acc.blocks, blockCount, totalPaths }, take)) take(part);
    onProgress?.({ paths: acc.paths, maxStandardError: maxStandardError(setup, acc) });
  };
  if (!setup.adaptive) {
    await runBatch(limitBlocks);
    return summarize(setup, acc, 'fixed');
  }
  await runBatch(Math.min(ADAPTIVE_FIRST_BLOCKS, limitBlocks));
  for (;;) {
    if (maxStandardError(setup, acc) <= setup.tolerance) return summarize(setup, acc, 'tolerance');
    if (acc.blocks >= limitBlocks) return summarize(setup, acc, 'limit');
    await runBatch(nextBatchBlocks(setup, acc, limitBlocks));
  }
}
