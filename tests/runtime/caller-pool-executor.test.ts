/**
 * runtime/caller-pool-executor.ts: the pool gets the leading blocks and the calling thread the last
 * chunk, after the pool's tasks were posted; short ranges go to the pool whole. (Results equal to the
 * in-process ones: tests/runtime/determinism.test.ts.)
 */
import { describe, it, expect } from 'vitest';
import type { BlockRange, McPartial } from '../../engine/index';
import { compileMonteCarlo } from '../../engine/index';
import type { Executor } from '../../runtime/executor';
import { callerAndPoolExecutor } from '../../runtime/caller-pool-executor';
import { samplePlan, sampleScenario } from '../mc/support/fixtures';

/** A pool that records what it was given and when, and returns nothing. */
function recordingPool(log: string[]): Executor & { ranges: BlockRange[] } {
  const ranges: BlockRange[] = [];
  return {
    ranges,
    simulate: async (_model, range) => {
      ranges.push(range);
      log.push('pool');
      return [];
    },
    sobolRows: async () => [],
    terminate: () => {},
  };
}

describe('the calling thread sharing Monte Carlo blocks with a pool', () => {
  const model = compileMonteCarlo(samplePlan, sampleScenario({ realGrowthVolatility: 0.05 }), { seed: 3, paths: 40_000 }).model;

  it('gives the pool the leading blocks and simulates the last chunk itself, after posting', async () => {
    const log: string[] = [];
    const pool = recordingPool(log);
    // 10 blocks on 1 worker + the caller: an equal share is 5, the caller takes floor(5 x 0.85) = 4, the
    // pool 6; on 2 workers + the caller: floor(3 x 0.85) = 2 here, 8 to the pool.
    const parts = await callerAndPoolExecutor(pool, 1).simulate(model, { firstBlock: 0, blockCount: 10, totalPaths: 40_000 });
    expect(pool.ranges).toEqual([{ firstBlock: 0, blockCount: 6, totalPaths: 40_000 }]);
    expect(parts.map((p: McPartial) => p.range)).toEqual([{ firstBlock: 6, blockCount: 4, totalPaths: 40_000 }]);
    // Blocks 6-9 of 40,000 paths: three full blocks and the last, partial one (40,000 - 9 x 4,096 = 3,136).
    expect(parts[0].paths).toBe(3 * 4096 + 3136);
    expect(log).toEqual(['pool']);
    await callerAndPoolExecutor(pool, 2).simulate(model, { firstBlock: 0, blockCount: 10, totalPaths: 40_000 });
    expect(pool.ranges[1]).toEqual({ firstBlock: 0, blockCount: 8, totalPaths: 40_000 });
  });

  it('leaves a range shorter than the workers plus one to the pool, and takes nothing when its share rounds to 0', async () => {
    const pool = recordingPool([]);
    const parts = await callerAndPoolExecutor(pool, 2).simulate(model, { firstBlock: 4, blockCount: 2, totalPaths: 40_000 });
    expect(pool.ranges).toEqual([{ firstBlock: 4, blockCount: 2, totalPaths: 40_000 }]);
    expect(parts).toEqual([]);
    // 2 blocks on 1 worker + the caller: floor(1 x 0.85) = 0, both to the pool.
    const none = await callerAndPoolExecutor(pool, 1).simulate(model, { firstBlock: 0, blockCount: 2, totalPaths: 40_000 });
    expect(pool.ranges[1]).toEqual({ firstBlock: 0, blockCount: 2, totalPaths: 40_000 });
    expect(none).toEqual([]);
  });

  it('hands its own partial to `deliver` when given one', async () => {
    const delivered: McPartial[] = [];
    // 4 blocks: an equal share 2, the caller's floor(2 x 0.85) = 1 (block 3).
    const parts = await callerAndPoolExecutor(recordingPool([]), 1).simulate(model, { firstBlock: 0, blockCount: 4, totalPaths: 40_000 }, undefined, (p) => delivered.push(p));
    expect(parts).toEqual([]);
    expect(delivered.map((p) => p.range.firstBlock)).toEqual([3]);
  });
});
