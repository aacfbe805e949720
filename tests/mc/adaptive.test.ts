/**
 * Adaptive stopping: batches of blocks until every probability's standard error is at most the
 * tolerance or the path limit is reached. Batch sizes depend only on merged results, so an adaptive
 * run equals a fixed run of the paths it used.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { BLOCK_PATHS, compileMonteCarlo, runMonteCarlo, simulateBlocks, type McOptions } from '../../engine/index';
import { builtin, defaultPlan, fcRuns } from './support/fixtures';

const execute = async (m: Parameters<typeof simulateBlocks>[0], r: Parameters<typeof simulateBlocks>[1]) => [simulateBlocks(m, r)];
const run = (options: McOptions) => runMonteCarlo(compileMonteCarlo(defaultPlan, builtin('historical-trend'), { series: ['gdpNominal'], ...options }), execute);

describe('adaptive stopping', () => {
  it('stops once every standard error is at most the tolerance, in whole blocks', async () => {
    await fc.assert(fc.asyncProperty(fc.double({ min: 0.004, max: 0.02, noNaN: true }), fc.nat({ max: 0xffffffff }), async (tolerance, seed) => {
      const r = await run({ adaptive: true, tolerance, seed, paths: 2_000_000 });
      expect(r.stoppedBy).toBe('tolerance');
      expect(r.maxStandardError).toBeLessThanOrEqual(tolerance);
      expect(r.paths % BLOCK_PATHS).toBe(0);
      for (const t of r.targets) expect(t.standardError).toBeLessThanOrEqual(tolerance);
    }), fcRuns(4));
  });

  it('equals a fixed run of the paths it used, bit for bit', async () => {
    const adaptive = await run({ adaptive: true, tolerance: 0.006, seed: 5, paths: 2_000_000 });
    const fixed = await run({ paths: adaptive.paths, seed: 5 });
    expect({ ...fixed, stoppedBy: 'tolerance' }).toEqual(adaptive);
  });

  it('stops at the path limit when the tolerance is out of reach, and says so', async () => {
    const r = await run({ adaptive: true, tolerance: 0.0001, seed: 5, paths: 50_000 });
    expect(r.stoppedBy).toBe('limit');
    expect(r.paths).toBe(50_000);
    expect(r.maxStandardError).toBeGreaterThan(0.0001);
  });

  it('a fixed run uses exactly the paths asked for', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 20_000 }), async (paths) => {
      expect((await run({ paths, seed: 1 })).paths).toBe(paths);
    }), fcRuns(10));
  });
});
