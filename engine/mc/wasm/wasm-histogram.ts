/**
 * Counting a block's values into a histogram slot, in WebAssembly: the same bins, extremes and sum
 * (in path order) as simulate-blocks.ts accumulateSlot, bit for bit. The JavaScript version takes a
 * value's float32 bits through a Float32Array and back (a store and a reload per value); here they
 * come from two instructions (f32.demote_f64, i32.reinterpret_f32), and the counts live in the
 * block state's memory (BlockState.counts), copied out to the partial once per task.
 *
 * The bin of value v in a slot with lowest edge bits `lo` and bin width 2^shift (float32 bit patterns):
 *   above = bits(float32(v)) - lo                  exact, as an integer of 33 bits
 *   bin   = above < 0 ? 0 : min((above >>> shift) + 1, bins + 1)
 * (0: underflow; bins + 1: overflow). JavaScript's `above >>> shift` takes shift modulo 32, as here.
 */
import type { BlockState } from '../block-state';
import { perState } from './wasm-switch';
import { instantiate } from './wasm-api';
import { F64, I32, I64, V128, control, encodeModule, f32, f32x4, f64, f64x2, get, i32, i64, i64x2, select, set, v128, type Code } from './wasm-encoder';

/** Adds `count` values at byte offset `values` to the slot's bins at byte offset `counts`; returns their sum; min and max go to `out`, `out + 8`. */
export type HistogramAdd = (values: number, count: number, lo: number, shift: number, bins: number, counts: number, min: number, max: number, out: number) => number;

function histogramModule(pages: number): Uint8Array<ArrayBuffer> {
  // Parameters 0-8, then locals.
  const VALUES = 0, COUNT = 1, LO = 2, SHIFT = 3, BINS = 4, COUNTS = 5, MIN = 6, MAX = 7, OUT = 8;
  const J = 9, BIN = 10, ABOVE = 11, V = 12, SUM = 13, SH = 14;
  const LO2 = 15, BINS2 = 16, OVER2 = 17, PAIR = 18, ABOVE2 = 19, Q = 20;
  /** counts[bin]++ for the bin in `bin` (i32 code). */
  const increment = (bin: Code): Code => [
    set(BIN, bin),
    i32.store(0, i32.add(get(COUNTS), i32.shl(get(BIN), i32.const(2))), i32.add(i32.load(0, i32.add(get(COUNTS), i32.shl(get(BIN), i32.const(2)))), i32.const(1))),
  ];
  /** Extremes and sum of the value in V, in path order. */
  const extremesAndSum: Code = [
    set(MIN, select(get(V), get(MIN), f64.lt(get(V), get(MIN)))),
    set(MAX, select(get(V), get(MAX), f64.gt(get(V), get(MAX)))),
    set(SUM, f64.add(get(SUM), get(V))),
  ];
  const b64 = i64.add(i64.shrU(get(ABOVE), i64.extendI32U(get(SH))), i64.const(1));
  const zero = v128.i32x4Const(0);
  const body: Code = [
    set(SH, i32.and(get(SHIFT), i32.const(31))),
    set(LO2, i64x2.splat(i64.extendI32S(get(LO)))),
    set(BINS2, i64x2.splat(i64.extendI32S(get(BINS)))),
    set(OVER2, i64x2.splat(i64.extendI32S(i32.add(get(BINS), i32.const(1))))),
    // Two values at a time: their bins in i64x2 lanes, then the two increments, extremes and sums in order.
    control.blockLoop([
      control.brIf(1, i32.geU(i32.add(get(J), i32.const(1)), get(COUNT))),
      set(PAIR, v128.load(0, i32.add(get(VALUES), i32.shl(get(J), i32.const(3))))),
      set(ABOVE2, i64x2.sub(i64x2.extendLowI32x4S(f32x4.demoteF64x2Zero(get(PAIR))), get(LO2))),
      set(Q, i64x2.add(i64x2.shrU(get(ABOVE2), get(SH)), i64x2.splat(i64.const(1)))),
      set(Q, v128.bitselect(get(OVER2), get(Q), i64x2.gtS(get(Q), get(BINS2)))),
      set(Q, v128.bitselect(zero, get(Q), i64x2.ltS(get(ABOVE2), zero))),
      increment(i32.wrapI64(i64x2.extractLane(get(Q), 0))),
      increment(i32.wrapI64(i64x2.extractLane(get(Q), 1))),
      set(V, f64x2.extractLane(get(PAIR), 0)),
      extremesAndSum,
      set(V, f64x2.extractLane(get(PAIR), 1)),
      extremesAndSum,
      set(J, i32.add(get(J), i32.const(2))),
      control.br(0),
    ]),
    // The last value of an odd count.
    control.blockLoop([
      control.brIf(1, i32.geU(get(J), get(COUNT))),
      set(V, f64.load(0, i32.add(get(VALUES), i32.shl(get(J), i32.const(3))))),
      set(ABOVE, i64.sub(i64.extendI32S(i32.reinterpretF32(f32.demoteF64(get(V)))), i64.extendI32S(get(LO)))),
      set(BIN, select(i32.add(get(BINS), i32.const(1)), i32.wrapI64(b64), i64.gtS(b64, i64.extendI32S(get(BINS))))),
      set(BIN, select(i32.const(0), get(BIN), i64.ltS(get(ABOVE), i64.const(0)))),
      increment(get(BIN)),
      extremesAndSum,
      set(J, i32.add(get(J), i32.const(1))),
      control.br(0),
    ]),
    f64.store(0, get(OUT), get(MIN)),
    f64.store(8, get(OUT), get(MAX)),
    get(SUM),
  ];
  return encodeModule(pages, [], [{
    params: [I32, I32, I32, I32, I32, I32, F64, F64, I32], results: [F64], locals: [I32, I32, I64, F64, F64, I32, V128, V128, V128, V128, V128, V128], body, exportName: 'add',
  }]);
}

const built = new WeakMap<BlockState, HistogramAdd | null>();

/** The state's histogram counter, or null where WebAssembly cannot run it (the caller counts in JavaScript). */
export function wasmHistogram(st: BlockState): HistogramAdd | null {
  return perState(built, st, ({ memory }) => (memory ? (instantiate(histogramModule(memory.buffer.byteLength / 65536), { mem: memory }).add as HistogramAdd) : null));
}
