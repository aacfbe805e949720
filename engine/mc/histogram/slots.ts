/**
 * Layout of the streaming histograms: one slot per tracked (primitive, year), each with bins on the
 * float32 bit pattern between the bits of center x exp(-W s) and center x exp(+W s), where s bounds
 * the log standard deviation of the value (see spread.ts) and W = HISTOGRAM_WIDTH_SD. The shift is
 * chosen so that a slot has at most HISTOGRAM_MAX_BINS bins. Values outside fall in the underflow and
 * overflow bins, and the exact minimum and maximum are kept, so no value is ever lost.
 */
import { HISTOGRAM_MAX_BINS, HISTOGRAM_MIN_LOG_SD, HISTOGRAM_WIDTH_SD } from '../mc-defaults';
import type { HistogramSlots } from '../mc-types';
import { floatBits } from './float-bits';
import { detExp } from '../det-math';

/** A slot to lay out: where its value sits in a path's values, its central value and log spread. */
export interface SlotSpec {
  valueIndex: number;
  /** Deterministic value (> 0 for a log-spaced range). */
  center: number;
  /** Bound on the log standard deviation (natural log units). */
  logSd: number;
  /** Largest possible value, when there is one (1 for shares): no bins are spent above it. */
  max?: number;
}

/** Lays out the slots. Non-positive or non-finite centers get a range over every positive float. */
export function layoutSlots(specs: readonly SlotSpec[]): HistogramSlots {
  const count = specs.length;
  const slots: HistogramSlots = {
    count,
    valueIndex: new Int32Array(count),
    lo: new Int32Array(count),
    shift: new Int32Array(count),
    bins: new Int32Array(count),
    offset: new Int32Array(count),
    totalCounts: 0,
  };
  let offset = 0;
  specs.forEach((spec, q) => {
    let lo: number;
    let hi: number;
    if (spec.center > 0 && Number.isFinite(spec.center)) {
      const w = HISTOGRAM_WIDTH_SD * Math.max(spec.logSd, HISTOGRAM_MIN_LOG_SD);
      lo = floatBits(spec.center * detExp(-w));
      hi = floatBits(Math.min(spec.center * detExp(w), spec.max ?? Infinity, 3.4e38));
    } else {
      lo = 0;
      hi = 0x7f7fffff;
    }
    let shift = 0;
    while ((hi - lo) / 2 ** shift > HISTOGRAM_MAX_BINS - 1) shift++;
    const bins = Math.floor((hi - lo) / 2 ** shift) + 1;
    slots.valueIndex[q] = spec.valueIndex;
    slots.lo[q] = lo;
    slots.shift[q] = shift;
    slots.bins[q] = bins;
    slots.offset[q] = offset;
    offset += bins + 2;
  });
  slots.totalCounts = offset;
  return slots;
}

/** The bin of `bits` in slot q: 0 = underflow, 1..bins = regular, bins + 1 = overflow. */
export function binOf(slots: HistogramSlots, q: number, bits: number): number {
  const lo = slots.lo[q];
  if (bits < lo) return 0;
  const i = ((bits - lo) >>> slots.shift[q]) + 1;
  const bins = slots.bins[q];
  return i > bins ? bins + 1 : i;
}
