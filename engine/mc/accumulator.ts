/**
 * Merging partial results (McPartial) from any number of workers, in any arrival order, into one
 * accumulator. Counts, minima and maxima merge in any order; float sums are stored per block and only
 * added up, in block order, when summarised (see `slotSum`), so the result is bit-identical for any
 * number of workers.
 */
import { BLOCK_PATHS } from './mc-defaults';
import type { McModel, McPartial } from './mc-types';

/** The merged state of a run so far. */
export interface McAccumulator {
  paths: number;
  /** Blocks merged (the run always covers blocks 0 ... blocks - 1 once a batch is complete). */
  blocks: number;
  counts: Uint32Array;
  minMax: Float64Array;
  /** [block * slots + slot], grown as blocks arrive. */
  blockSums: Float64Array;
  targetHits: Float64Array;
  jointHits: number;
  /** Per-path sample values, sized for the path limit. */
  samples: Float32Array[];
}

/** An empty accumulator for `model`, with room for `pathLimit` sample values per sample. */
export function createAccumulator(model: McModel, pathLimit: number): McAccumulator {
  const minMax = new Float64Array(2 * model.slots.count);
  for (let q = 0; q < model.slots.count; q++) {
    minMax[2 * q] = Infinity;
    minMax[2 * q + 1] = -Infinity;
  }
  return {
    paths: 0,
    blocks: 0,
    counts: new Uint32Array(model.slots.totalCounts),
    minMax,
    blockSums: new Float64Array(16 * model.slots.count),
    targetHits: new Float64Array(model.targets.length),
    jointHits: 0,
    samples: model.samples.map(() => new Float32Array(pathLimit)),
  };
}

/**
 * Counts added per call of addCounts. The process runs without on-stack replacement (v8-flags.ts), so
 * one loop over a million counts would run unoptimised from start to end (about 50 ms a partial on
 * the main thread); short calls get optimised after the first few.
 */
const COUNT_CHUNK = 4096;

function addCounts(into: Uint32Array, from: Uint32Array, start: number, end: number): void {
  for (let i = start; i < end; i++) into[i] += from[i];
}

/** Adds one partial into `acc` (mutates `acc`). */
export function mergePartial(acc: McAccumulator, part: McPartial, slotCount: number): void {
  // The first partial is copied (memcpy); later ones are added in chunks (see addCounts).
  if (acc.paths === 0) acc.counts.set(part.counts);
  else for (let i = 0; i < part.counts.length; i += COUNT_CHUNK) addCounts(acc.counts, part.counts, i, Math.min(part.counts.length, i + COUNT_CHUNK));
  acc.paths += part.paths;
  acc.blocks += part.range.blockCount;
  for (let q = 0; q < slotCount; q++) {
    if (part.minMax[2 * q] < acc.minMax[2 * q]) acc.minMax[2 * q] = part.minMax[2 * q];
    if (part.minMax[2 * q + 1] > acc.minMax[2 * q + 1]) acc.minMax[2 * q + 1] = part.minMax[2 * q + 1];
  }
  const end = (part.range.firstBlock + part.range.blockCount) * slotCount;
  if (acc.blockSums.length < end) {
    const grown = new Float64Array(Math.max(end, acc.blockSums.length * 2));
    grown.set(acc.blockSums);
    acc.blockSums = grown;
  }
  acc.blockSums.set(part.blockSums, part.range.firstBlock * slotCount);
  for (let k = 0; k < part.targetHits.length; k++) acc.targetHits[k] += part.targetHits[k];
  acc.jointHits += part.jointHits;
  part.samples.forEach((values, k) => acc.samples[k].set(values, part.range.firstBlock * BLOCK_PATHS));
}

/** Sum of slot q over every merged block, added in block order. */
export function slotSum(acc: McAccumulator, q: number, slotCount: number): number {
  let sum = 0;
  for (let b = 0; b < acc.blocks; b++) sum += acc.blockSums[b * slotCount + q];
  return sum;
}
