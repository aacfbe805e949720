/**
 * simulateBlocks with a reused counts array (handed back by the worker pool after merging): the
 * partial is the same as with a fresh array, whatever the reused array held, and the array itself is
 * the one written (no allocation). An array of the wrong length is ignored.
 */
import { describe, it, expect } from 'vitest';
import { compileMonteCarlo, simulateBlocks } from '../../engine/index';
import { builtin, defaultPlan } from './support/fixtures';
import { firstDifference } from './support/same-bits';

describe('simulateBlocks reusing a counts array', () => {
  const m = compileMonteCarlo(defaultPlan, builtin('plan-target'), { paths: 10_000, seed: 7 }).model;
  const range = { firstBlock: 1, blockCount: 2, totalPaths: 10_000 };

  it('gives the same partial as a fresh array, writing into the array given', () => {
    const fresh = simulateBlocks(m, range);
    const dirty = new Uint32Array(m.slots.totalCounts).fill(123_456);
    const reused = simulateBlocks(m, range, dirty);
    expect(reused.counts).toBe(dirty);
    expect(firstDifference(reused.counts, fresh.counts)).toBe(-1);
    expect(firstDifference(reused.blockSums, fresh.blockSums)).toBe(-1);
    expect(firstDifference(reused.targetHits, fresh.targetHits)).toBe(-1);
    // Every simulated path is counted once in each slot: paths x slots in all.
    expect(reused.counts.reduce((a, b) => a + b, 0)).toBe(reused.paths * m.slots.count);
    // Blocks 1 and 2 of 10,000 paths: 4,096 paths, then the last 10,000 - 8,192 = 1,808.
    expect(reused.paths).toBe(4096 + 1808);
  });

  it('ignores an array of another length', () => {
    const wrong = new Uint32Array(m.slots.totalCounts - 1).fill(9);
    const part = simulateBlocks(m, range, wrong);
    expect(part.counts).not.toBe(wrong);
    expect(wrong[0]).toBe(9);
    expect(part.counts.length).toBe(m.slots.totalCounts);
  });
});
