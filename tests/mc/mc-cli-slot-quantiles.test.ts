/**
 * The summary computes every level of a histogram slot in one scan (slotQuantiles); the values must be
 * bit for bit those of the one-level reference (slotQuantile) for any counts, any extremes and any
 * ascending levels, including 0, 1 and levels whose rank falls on a bin boundary.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { layoutSlots } from '../../engine/mc/histogram/slots';
import { slotQuantile, slotQuantiles, binLower, type SlotCounts } from '../../engine/mc/histogram/quantile';
import { fcRuns } from './support/fixtures';

/** One slot around `center` with random sparse counts; min and max inside the under/overflow bins. */
const slotArb = fc
  .record({
    center: fc.double({ min: 0.01, max: 1e4, noNaN: true }),
    logSd: fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
    filled: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 1000 })), { minLength: 0, maxLength: 40 }),
  })
  .map(({ center, logSd, filled }): SlotCounts => {
    const slots = layoutSlots([{ valueIndex: 0, center, logSd }]);
    const positions = slots.bins[0] + 2;
    const counts = new Uint32Array(positions);
    for (const [at, n] of filled) counts[at % positions] += n;
    const total = counts.reduce((a, b) => a + b, 0);
    const c: SlotCounts = { slots, counts, q: 0, min: 0, max: 0, total };
    c.min = binLower(c, 1) * 0.5;
    c.max = binLower(c, slots.bins[0] + 1) * 2;
    return c;
  });

const levelsArb = fc
  .array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.05, 0.25, 0.5, 0.75, 0.95, 1 - 0.05, 1 - 0.95)), { minLength: 1, maxLength: 12 })
  .map((xs) => [...new Set(xs)].sort((a, b) => a - b));

describe('slotQuantiles', () => {
  it('equals slotQuantile level by level, bit for bit', () => {
    fc.assert(
      fc.property(slotArb, levelsArb, (c, levels) => {
        const many = slotQuantiles(c, levels);
        levels.forEach((p, k) => expect(Object.is(many[k], slotQuantile(c, p)), `p=${p}: ${many[k]} vs ${slotQuantile(c, p)}`).toBe(true));
      }),
      fcRuns(300),
    );
  });

  it('a slot of one bin of 4 paths: the median interpolates halfway (closed form)', () => {
    const slots = layoutSlots([{ valueIndex: 0, center: 1, logSd: 0.1 }]);
    const counts = new Uint32Array(slots.bins[0] + 2);
    counts[10] = 4;
    const c: SlotCounts = { slots, counts, q: 0, min: 0.1, max: 10, total: 4 };
    const lo = binLower(c, 10);
    const hi = binLower(c, 11);
    // rank 2 of 4 in a bin holding all 4: lo + (2 / 4) (hi - lo).
    expect(slotQuantiles(c, [0.5])[0]).toBeCloseTo(lo + 0.5 * (hi - lo), 12);
    expect(slotQuantiles({ ...c, total: 0 }, [0.5])[0]).toBeNaN();
  });
});
