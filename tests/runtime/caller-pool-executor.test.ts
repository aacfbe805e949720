/**
 * runtime/caller-pool-executor.ts: the pool's workers take blocks from the front of their chunks and
 * the calling thread from the back, through shared counters; every block is simulated exactly once,
 * whoever is faster, and blocks nobody covered (a worker lost after taking blocks) are simulated by the
 * calling thread at the end. The partials together equal one in-process run of the whole range.
 * (Results of whole runs on real worker pools: tests/runtime/determinism.test.ts.)
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { BlockRange, McModel, McPartial } from '../../engine/index';
import { compileMonteCarlo } from '../../engine/index';
import { sharedClaim, simulateBlocks } from '../../engine/mc/simulate-blocks';
import type { Executor } from '../../runtime/executor';
import { callerAndPoolExecutor, uncoveredRuns } from '../../runtime/caller-pool-executor';
import { splitCount } from '../../runtime/split-count';
import { samplePlan, sampleScenario } from '../mc/support/fixtures';
import { firstDifference } from '../mc/support/same-bits';

// Two series (two slots a year): each run of the range takes a few ms.
const model = compileMonteCarlo(samplePlan, sampleScenario({ realGrowthVolatility: 0.05 }), { seed: 3, paths: 40_000, series: ['gdpNominal', 'shares.tertiary'] }).model;
const RANGE: BlockRange = { firstBlock: 0, blockCount: 10, totalPaths: 40_000 };

/**
 * A pool of `size` workers run in this thread: when the tasks are posted, worker i takes `early[i]`
 * blocks from its chunk's front at once (as a worker that started first would); after the calling
 * thread is done, it takes what is left. `lose`: the partials it drops (a worker that failed).
 */
function fakePool(size: number, early: number[], lose = false): Executor & { calls: { range: BlockRange; claims?: Int32Array }[] } {
  const calls: { range: BlockRange; claims?: Int32Array }[] = [];
  return {
    calls,
    simulate: async (m: McModel, range: BlockRange, _signal, deliver, claims) => {
      calls.push({ range, claims });
      const chunks = splitCount(range.blockCount, size).map(([offset, count], i) => {
        const chunk = { ...range, firstBlock: range.firstBlock + offset, blockCount: count };
        const front = sharedClaim(claims!, i, count, false);
        let taken = 0;
        // The first `early[i]` claims now, the rest after the caller's turn.
        return { chunk, first: () => (taken++ < early[i] ? front() : -1), rest: front };
      });
      const firstParts = chunks.map((c) => simulateBlocks(m, c.chunk, undefined, c.first));
      await new Promise((resolve) => setTimeout(resolve, 5));
      const parts = chunks.map((c, i) => {
        const more = simulateBlocks(m, c.chunk, undefined, c.rest);
        // A worker's blocks are one contiguous run from the front: the two pieces are adjacent.
        return more.range.blockCount === 0 ? firstParts[i] : firstParts[i].range.blockCount === 0 ? more : joinAdjacent(firstParts[i], more);
      });
      const kept = lose ? [] : parts.filter((p) => p.range.blockCount > 0);
      if (deliver) {
        kept.forEach(deliver);
        return [];
      }
      return kept;
    },
    sobolRows: async () => [],
    terminate: () => {},
  };
}

/** Two partials of adjacent ranges as one (counts added, block sums and samples concatenated). */
function joinAdjacent(a: McPartial, b: McPartial): McPartial {
  expect(a.range.firstBlock + a.range.blockCount).toBe(b.range.firstBlock);
  return {
    range: { ...a.range, blockCount: a.range.blockCount + b.range.blockCount },
    paths: a.paths + b.paths,
    counts: a.counts.map((c, i) => c + b.counts[i]),
    minMax: a.minMax.map((x, i) => (i % 2 === 0 ? Math.min(x, b.minMax[i]) : Math.max(x, b.minMax[i]))),
    blockSums: Float64Array.from([...a.blockSums, ...b.blockSums]),
    targetHits: a.targetHits.map((h, k) => h + b.targetHits[k]),
    jointHits: a.jointHits + b.jointHits,
    samples: a.samples.map((s, k) => Float32Array.from([...s, ...b.samples[k]])),
  };
}

/** The partials must cover the range's blocks exactly once and add up to one in-process run of it. */
function expectWholeRun(parts: McPartial[], range: BlockRange): void {
  const sorted = [...parts].sort((a, b) => a.range.firstBlock - b.range.firstBlock);
  let next = range.firstBlock;
  for (const p of sorted) {
    expect(p.range.firstBlock).toBe(next);
    next += p.range.blockCount;
  }
  expect(next).toBe(range.firstBlock + range.blockCount);
  const whole = simulateBlocks(model, range);
  expect(sorted.reduce((s, p) => s + p.paths, 0)).toBe(whole.paths);
  expect(firstDifference(Float64Array.from(sorted.flatMap((p) => [...p.blockSums])), whole.blockSums)).toBe(-1);
  const counts = new Uint32Array(whole.counts.length);
  for (const p of sorted) for (let i = 0; i < counts.length; i++) counts[i] += p.counts[i];
  expect(firstDifference(counts, whole.counts)).toBe(-1);
  expect(whole.targetHits.map((_, k) => sorted.reduce((s, p) => s + p.targetHits[k], 0))).toEqual(whole.targetHits);
  expect(sorted.reduce((s, p) => s + p.jointHits, 0)).toBe(whole.jointHits);
}

describe('blocks claimed from both ends of a range (simulate-blocks.ts)', () => {
  it('a partial of blocks claimed in any contiguous order equals the same blocks simulated in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 10 }), fc.boolean(), (first, length, backwards) => {
        const count = Math.min(length, 10 - first);
        const order = Array.from({ length: count }, (_, k) => (backwards ? first + count - 1 - k : first + k));
        let at = 0;
        const part = simulateBlocks(model, RANGE, undefined, () => (at < order.length ? order[at++] : -1));
        const plain = simulateBlocks(model, { ...RANGE, firstBlock: first, blockCount: count });
        expect(part.range).toEqual(plain.range);
        expect(part.paths).toBe(plain.paths);
        expect(firstDifference(part.blockSums, plain.blockSums)).toBe(-1);
        expect(firstDifference(part.counts, plain.counts)).toBe(-1);
        expect(firstDifference(part.minMax, plain.minMax)).toBe(-1);
        expect(part.targetHits).toEqual(plain.targetHits);
        expect(part.jointHits).toBe(plain.jointHits);
      }),
      { numRuns: 12 },
    );
  });

  it('no claim gives an empty partial; a block twice, outside the range or not contiguous is an error', () => {
    const none = simulateBlocks(model, RANGE, undefined, () => -1);
    expect(none.range.blockCount).toBe(0);
    expect(none.paths).toBe(0);
    expect(none.blockSums.length).toBe(0);
    const orderOf = (order: number[]) => {
      let at = 0;
      return () => (at < order.length ? order[at++] : -1);
    };
    expect(() => simulateBlocks(model, RANGE, undefined, orderOf([3, 3]))).toThrow(/block 3 claimed outside the range of 10 blocks or twice/);
    expect(() => simulateBlocks(model, RANGE, undefined, orderOf([10]))).toThrow(/block 10 claimed outside/);
    expect(() => simulateBlocks(model, RANGE, undefined, orderOf([2, 5]))).toThrow(/blocks 2-5 are not contiguous \(2 claimed\)/);
  });

  it('two claims on one counter, from the front and from the back, take every block once whatever their interleaving', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.boolean(), { maxLength: 60 }), (blocks, turns) => {
        const claims = new Int32Array(1);
        const front = sharedClaim(claims, 0, blocks, false);
        const back = sharedClaim(claims, 0, blocks, true);
        const taken: number[] = [];
        for (const t of [...turns, ...Array.from({ length: blocks + 2 }, () => true)]) {
          const b = t ? front() : back();
          if (b >= 0) taken.push(b);
        }
        expect(taken.sort((x, y) => x - y)).toEqual(Array.from({ length: blocks }, (_, k) => k));
        // Spent: neither end takes more.
        expect([front(), back()]).toEqual([-1, -1]);
      }),
    );
  });
});

describe('the calling thread sharing Monte Carlo blocks with a pool', () => {
  it('the worker takes the front, the caller the rest from the back: every block once, equal to one run', async () => {
    const pool = fakePool(1, [3]);
    const parts = await callerAndPoolExecutor(pool, 1).simulate(model, RANGE);
    expect(pool.calls.map((c) => c.range)).toEqual([RANGE]);
    expect(pool.calls[0].claims!.buffer).toBeInstanceOf(SharedArrayBuffer);
    // The worker took blocks 0-2 first; the caller 3-9 (10 - 3 = 7 blocks), from the back.
    expect(parts.map((p) => [p.range.firstBlock, p.range.blockCount])).toEqual([[0, 3], [3, 7]]);
    // Blocks 3-9 of 40,000 paths: six full blocks and the last, partial one (40,000 - 9 x 4,096 = 3,136).
    expect(parts[1].paths).toBe(6 * 4096 + 3136);
    expectWholeRun(parts, RANGE);
  });

  it('a worker that took everything leaves the caller nothing; a slow one leaves it all', async () => {
    const fast = await callerAndPoolExecutor(fakePool(1, [10]), 1).simulate(model, RANGE);
    expect(fast.map((p) => [p.range.firstBlock, p.range.blockCount])).toEqual([[0, 10]]);
    const slow = await callerAndPoolExecutor(fakePool(1, [0]), 1).simulate(model, RANGE);
    expect(slow.map((p) => [p.range.firstBlock, p.range.blockCount])).toEqual([[0, 10]]);
    expectWholeRun(slow, RANGE);
  });

  it('with 2 workers it works on the chunk with the most blocks left first, then the other', async () => {
    // Chunks 0-4 and 5-9; the workers took 1 and 3 blocks, leaving 4 and 2: the caller takes 1-4 from
    // the first chunk's back, then 8-9 from the second's (the pool's partials come first in the list).
    const range = { ...RANGE, firstBlock: 2 };
    const parts = await callerAndPoolExecutor(fakePool(2, [1, 3]), 2).simulate(model, range);
    expect(parts.map((p) => [p.range.firstBlock - 2, p.range.blockCount])).toEqual([[0, 1], [5, 3], [1, 4], [8, 2]]);
    expectWholeRun(parts, range);
  });

  it('blocks a lost worker had taken are simulated by the caller at the end', async () => {
    const parts = await callerAndPoolExecutor(fakePool(1, [4], true), 1).simulate(model, RANGE);
    // The caller took 4-9 from the back; 0-3 were taken by the worker whose partial never came.
    expect(parts.map((p) => [p.range.firstBlock, p.range.blockCount])).toEqual([[4, 6], [0, 4]]);
    expectWholeRun(parts, RANGE);
    expect(uncoveredRuns(RANGE, parts)).toEqual([]);
    expect(uncoveredRuns(RANGE, [parts[0]])).toEqual([[0, 4]]);
    expect(uncoveredRuns({ ...RANGE, firstBlock: 5 }, [{ ...parts[0], range: { ...RANGE, firstBlock: 7, blockCount: 2 } }])).toEqual([[0, 2], [4, 6]]);
  });

  it('hands every partial to `deliver` when given one, and returns none', async () => {
    const delivered: McPartial[] = [];
    const parts = await callerAndPoolExecutor(fakePool(1, [2]), 1).simulate(model, RANGE, undefined, (p) => delivered.push(p));
    expect(parts).toEqual([]);
    expect(delivered.map((p) => p.range.firstBlock).sort((a, b) => a - b)).toEqual([0, 2]);
    expectWholeRun(delivered, RANGE);
  });

  it('an aborted run stops taking blocks', async () => {
    const controller = new AbortController();
    controller.abort();
    const parts = await callerAndPoolExecutor(fakePool(1, [2]), 1).simulate(model, RANGE, controller.signal);
    // Only what the worker took; the caller neither takes blocks nor fills gaps.
    expect(parts.map((p) => [p.range.firstBlock, p.range.blockCount])).toEqual([[0, 10]]);
  });
});
