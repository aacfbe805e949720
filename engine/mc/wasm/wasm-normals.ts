/**
 * ziggurat.ts fillNormals in WebAssembly: the same xoshiro128** words, the same fast-path normals and
 * the same draws, bit for bit. The fast loop (98.5% of draws: one 32-bit word, a table lookup and a
 * multiply) runs in WebAssembly on the block state's memory; it records the few words that leave the
 * fast path, and JavaScript finishes those after each chunk of CHUNK draws, in order, with further
 * words from the generator (ziggurat.ts slowPath), exactly as fillNormals does chunk by chunk. In
 * WebAssembly the table reads need no bounds checks and the rotations are single instructions.
 *
 * Layout inside the block state's `scratch` area (byte offsets from its start): W (256 doubles),
 * ACCEPT_SHIFT and ACCEPT_SPAN (256 words each), the generator's 4 state words, then the positions
 * and words of the pending draws (CHUNK each).
 */
import type { BlockState } from '../block-state';
import type { Xoshiro128 } from '../rng/xoshiro128';
import { slowPath } from '../rng/ziggurat';
import { ACCEPT_SHIFT, ACCEPT_SPAN, W } from '../rng/ziggurat-tables';
import { I32, control, encodeModule, f64, get, i32, set, type Code } from './wasm-encoder';
import { wasmSwitch } from './wasm-switch';

/** Draws per chunk: as ziggurat.ts (its pending draws are finished after each chunk). */
const CHUNK = 4096;
const W_AT = 0, SHIFT_AT = 2048, SPAN_AT = 3072, STATE_AT = 4096, PENDING_AT = 4112, PENDING_WORD = PENDING_AT + 4 * CHUNK;
/** Bytes of scratch the fill needs. */
export const NORMALS_SCRATCH_BYTES = PENDING_WORD + 4 * CHUNK;

/** Writes `count` standard normals to `out[offset ...]` from `rng`, as fillNormals. */
export type NormalsFill = (rng: Xoshiro128, out: Float64Array, offset: number, count: number) => void;

function normalsModule(pages: number, base: number): Uint8Array<ArrayBuffer> {
  const OUT = 0, COUNT = 1;
  const K = 2, S0 = 3, S1 = 4, S2 = 5, S3 = 6, M = 7, U = 8, T = 9, I = 10, J = 11, P = 12;
  const at = (off: number) => base + off;
  const body: Code = [
    ...set(S0, i32.load(at(STATE_AT), i32.const(0))),
    ...set(S1, i32.load(at(STATE_AT + 4), i32.const(0))),
    ...set(S2, i32.load(at(STATE_AT + 8), i32.const(0))),
    ...set(S3, i32.load(at(STATE_AT + 12), i32.const(0))),
    ...control.blockLoop([
      ...control.brIf(1, i32.geU(get(K), get(COUNT))),
      ...set(M, i32.mul(get(S1), i32.const(5))),
      ...set(U, i32.mul(i32.rotl(get(M), i32.const(7)), i32.const(9))),
      ...set(T, i32.shl(get(S1), i32.const(9))),
      ...set(S2, i32.xor(get(S2), get(S0))),
      ...set(S3, i32.xor(get(S3), get(S1))),
      ...set(S1, i32.xor(get(S1), get(S2))),
      ...set(S0, i32.xor(get(S0), get(S3))),
      ...set(S2, i32.xor(get(S2), get(T))),
      ...set(S3, i32.rotl(get(S3), i32.const(11))),
      ...set(I, i32.and(get(U), i32.const(255))),
      ...set(J, i32.shrS(get(U), i32.const(8))),
      ...f64.store(0, i32.add(get(OUT), i32.shl(get(K), i32.const(3))), f64.mul(f64.convertI32S(get(J)), f64.load(at(W_AT), i32.shl(get(I), i32.const(3))))),
      ...control.if(i32.geU(i32.add(get(J), i32.load(at(SHIFT_AT), i32.shl(get(I), i32.const(2)))), i32.load(at(SPAN_AT), i32.shl(get(I), i32.const(2)))), [
        ...i32.store(at(PENDING_AT), i32.shl(get(P), i32.const(2)), get(K)),
        ...i32.store(at(PENDING_WORD), i32.shl(get(P), i32.const(2)), get(U)),
        ...set(P, i32.add(get(P), i32.const(1))),
      ]),
      ...set(K, i32.add(get(K), i32.const(1))),
      ...control.br(0),
    ]),
    ...i32.store(at(STATE_AT), i32.const(0), get(S0)),
    ...i32.store(at(STATE_AT + 4), i32.const(0), get(S1)),
    ...i32.store(at(STATE_AT + 8), i32.const(0), get(S2)),
    ...i32.store(at(STATE_AT + 12), i32.const(0), get(S3)),
    ...get(P),
  ];
  return encodeModule(pages, [], [{ params: [I32, I32], results: [I32], locals: Array.from({ length: 11 }, () => I32), body, exportName: 'fill' }]);
}

const built = new WeakMap<BlockState, NormalsFill | null>();

/** The state's normals filler, or null where WebAssembly cannot run it (the caller uses fillNormals). */
export function wasmNormals(st: BlockState): NormalsFill | null {
  if (!wasmSwitch.enabled) return null;
  const hit = built.get(st);
  if (hit !== undefined) return hit;
  let fill: NormalsFill | null = null;
  try {
    const memory = st.memory;
    const scratch = st.scratch;
    if (memory && scratch.byteLength >= NORMALS_SCRATCH_BYTES) {
      const base = scratch.byteOffset;
      const buffer = memory.buffer;
      new Float64Array(buffer, base + W_AT, 256).set(W);
      new Int32Array(buffer, base + SHIFT_AT, 256).set(ACCEPT_SHIFT);
      new Uint32Array(buffer, base + SPAN_AT, 256).set(ACCEPT_SPAN);
      const state = new Int32Array(buffer, base + STATE_AT, 4);
      const pendingAt = new Int32Array(buffer, base + PENDING_AT, CHUNK);
      const pendingWord = new Int32Array(buffer, base + PENDING_WORD, CHUNK);
      const instance = new WebAssembly.Instance(new WebAssembly.Module(normalsModule(buffer.byteLength / 65536, base)), { m: { mem: memory } });
      const run = instance.exports.fill as (out: number, count: number) => number;
      fill = (rng, out, offset, count) => {
        if (out.buffer !== buffer) throw new Error('wasm normals: the output is not in the block state\'s memory');
        for (let done = 0; done < count; done += CHUNK) {
          const n = Math.min(CHUNK, count - done);
          state.set(rng.state);
          const pending = run(out.byteOffset + 8 * (offset + done), n);
          rng.state.set(state);
          for (let p = 0; p < pending; p++) out[offset + done + pendingAt[p]] = slowPath(rng, pendingWord[p] & 255, pendingWord[p] >> 8);
        }
      };
    }
  } catch {
    fill = null;
  }
  built.set(st, fill);
  return fill;
}
