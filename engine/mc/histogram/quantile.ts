/**
 * Quantiles and display histograms from a streaming histogram slot. Within a bin the distribution is
 * taken as uniform (linear interpolation of the empirical CDF); the underflow and overflow bins span
 * exact minimum and maximum of the values that fell in them. Bins are narrow (about 0.005 log standard deviations), so the error
 * is far below the Monte Carlo error of the quantile (`npm run bench` prints it).
 */
import type { HistogramSlots } from '../mc-types';
import { bitsFloat } from './float-bits';

/** A slot's merged counts with its exact extremes. */
export interface SlotCounts {
  slots: HistogramSlots;
  counts: Uint32Array;
  q: number;
  min: number;
  max: number;
  total: number;
}

/**
 * Lower edge of bin position i (0 = underflow ... bins + 1 = overflow). The underflow bin starts at
 * the exact minimum and the overflow bin ends at the exact maximum (both are tracked only for values
 * outside the regular bins).
 */
export function binLower(c: SlotCounts, i: number): number {
  return i === 0 ? c.min : bitsFloat(c.slots.lo[c.q] + (i - 1) * 2 ** c.slots.shift[c.q]);
}

/** Upper edge of bin position i. */
export function binUpper(c: SlotCounts, i: number): number {
  return i === c.slots.bins[c.q] + 1 ? c.max : binLower(c, i + 1);
}

/**
 * The p-quantile (0 <= p <= 1) by inverting the interpolated empirical CDF: the value below which a
 * fraction p of the paths lie. Bins are clipped to [min, max] of the values drawn, so any quantile of a
 * finite sample is a finite number within them (a bin's edge can lie beyond the largest value, e.g. a
 * share's top bin past 1). O(bins).
 */
export function slotQuantile(c: SlotCounts, p: number): number {
  if (c.total === 0) return NaN;
  const rank = p * c.total;
  const base = c.slots.offset[c.q];
  const positions = c.slots.bins[c.q] + 2;
  let cum = 0;
  for (let i = 0; i < positions; i++) {
    const n = c.counts[base + i];
    if (n > 0 && cum + n >= rank) {
      const lo = Math.max(binLower(c, i), c.min);
      const hi = Math.min(binUpper(c, i), c.max);
      if (!(hi > lo)) return Math.min(Math.max(lo, c.min), c.max);
      return Math.min(Math.max(lo + ((rank - cum) / n) * (hi - lo), c.min), c.max);
    }
    cum += n;
  }
  return c.max;
}

/**
 * Several quantiles of one slot in one pass: `levels` ascending (0 <= p <= 1); each value is exactly
 * what {@link slotQuantile} returns for that level (same ranks, same running counts, same
 * interpolation), at the cost of one scan of the slot instead of one per level. O(bins + levels).
 */
export function slotQuantiles(c: SlotCounts, levels: readonly number[]): number[] {
  const out = new Array<number>(levels.length);
  if (c.total === 0) return out.fill(NaN);
  const base = c.slots.offset[c.q];
  const positions = c.slots.bins[c.q] + 2;
  let k = 0;
  let cum = 0;
  for (let i = 0; i < positions && k < levels.length; i++) {
    const n = c.counts[base + i];
    if (n > 0 && cum + n >= levels[k] * c.total) {
      const lo = Math.max(binLower(c, i), c.min);
      const hi = Math.min(binUpper(c, i), c.max);
      for (; k < levels.length && cum + n >= levels[k] * c.total; k++) {
        const rank = levels[k] * c.total;
        out[k] = !(hi > lo) ? Math.min(Math.max(lo, c.min), c.max) : Math.min(Math.max(lo + ((rank - cum) / n) * (hi - lo), c.min), c.max);
      }
    }
    cum += n;
  }
  for (; k < levels.length; k++) out[k] = c.max;
  return out;
}

/**
 * A display histogram with `bins` equal-width bins from `lo` to `hi` (primitive values). Each fine bin
 * is counted wholly in the display bin that holds its midpoint, so counts are exact integers and the
 * edges are exact to one fine bin; paths outside [lo, hi] are counted in `below` and `above`.
 * `transform` maps primitive values to the series' values (an affine map; a decreasing one reverses
 * the bins).
 */
export function slotHistogram(c: SlotCounts, lo: number, hi: number, bins: number, transform: (x: number) => number): { edges: number[]; counts: number[]; below: number; above: number } {
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  let below = 0;
  let above = 0;
  const base = c.slots.offset[c.q];
  const positions = c.slots.bins[c.q] + 2;
  for (let i = 0; i < positions; i++) {
    const n = c.counts[base + i];
    if (n === 0) continue;
    const mid = (binLower(c, i) + binUpper(c, i)) / 2;
    if (mid < lo) below += n;
    else if (mid > hi) above += n;
    else counts[width > 0 ? Math.min(bins - 1, Math.floor((mid - lo) / width)) : 0] += n;
  }
  const edges = Array.from({ length: bins + 1 }, (_, k) => transform(lo + k * width));
  if (edges[0] > edges[bins]) {
    edges.reverse();
    counts.reverse();
    [below, above] = [above, below];
  }
  return { edges, counts, below, above };
}
