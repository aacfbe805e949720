/**
 * ziggurat.ts fillNormals in WebAssembly: the same xoshiro128** words, the same normals and the same
 * generator state afterwards, bit for bit. Per chunk of CHUNK draws (as fillNormals): the fast loop
 * (98.5% of draws: one 32-bit word, a table lookup and a multiply) records the words that leave the
 * fast path; then those are finished in order with further words from the generator, by ziggurat.ts
 * slowPath's algorithm written out here (the tail beyond R with two logarithms, a wedge test with exp,
 * or a fresh draw), with det-math.ts detLog as a WebAssembly function (same operations, same order)
 * and fast-exp.ts expWith inline (its fallback, detExp, imported: never reached, as the wedge's
 * argument lies in [-6.7, 0]). In WebAssembly the table reads need no bounds checks and the
 * rotations are single instructions.
 *
 * Layout inside the block state's `scratch` area (byte offsets from its start): W (256 doubles),
 * ACCEPT_SHIFT and ACCEPT_SPAN (256 words each), the generator's 4 state words, the positions and
 * words of the pending draws (CHUNK each), then F (256 doubles).
 */
import type { BlockState } from '../block-state';
import type { Xoshiro128 } from '../rng/xoshiro128';
import { detExp } from '../det-math';
import { ACCEPT_SHIFT, ACCEPT_SPAN, F as DENSITY, R, W } from '../rng/ziggurat-tables';
import { F64, I32, control, encodeModule, f64, get, i32, select, set, type Code } from './wasm-encoder';
import { perState } from './wasm-switch';
import { instantiate } from './wasm-api';

/** Draws per chunk: as ziggurat.ts (its pending draws are finished after each chunk). */
const CHUNK = 4096;
const W_AT = 0, SHIFT_AT = 2048, SPAN_AT = 3072, STATE_AT = 4096, PENDING_AT = 4112, PENDING_WORD = PENDING_AT + 4 * CHUNK, F_AT = PENDING_WORD + 4 * CHUNK;
/** Bytes of scratch the fill needs. */
export const NORMALS_SCRATCH_BYTES = F_AT + 8 * 256;

/** Writes `count` standard normals to `out[offset ...]` from `rng`, as fillNormals. */
export type NormalsFill = (rng: Xoshiro128, out: Float64Array, offset: number, count: number) => void;

// det-math.ts's constants (ln 2 split for Cody & Waite) and the series' bounds.
const LN2_HI = 0.693147180369123816490;
const LN2_LO = 1.90821492927058770002e-10;

/** det-math.ts detLog, operation by operation (function 2 of the module: (f64) -> f64). */
function logBody(): { locals: number[]; body: Code } {
  const X = 0, E = 1, N = 2, M = 3, S = 4, S2 = 5, TERM = 6, SUM = 7;
  const body: Code = [
    control.if(i32.or(f64.ne(get(X), get(X)), f64.lt(get(X), f64.const(0))), control.return(f64.const(NaN))),
    control.if(f64.eq(get(X), f64.const(0)), control.return(f64.const(-Infinity))),
    control.if(f64.eq(get(X), f64.const(Infinity)), control.return(f64.const(Infinity))),
    set(M, get(X)),
    control.block(control.loop([
      control.brIf(1, i32.eqz(f64.ge(get(M), f64.const(1.4142135623730951)))),
      set(M, f64.div(get(M), f64.const(2))),
      set(E, i32.add(get(E), i32.const(1))),
      control.br(0),
    ])),
    control.block(control.loop([
      control.brIf(1, i32.eqz(f64.lt(get(M), f64.const(0.7071067811865476)))),
      set(M, f64.mul(get(M), f64.const(2))),
      set(E, i32.sub(get(E), i32.const(1))),
      control.br(0),
    ])),
    set(S, f64.div(f64.sub(get(M), f64.const(1)), f64.add(get(M), f64.const(1)))),
    set(S2, f64.mul(get(S), get(S))),
    set(TERM, get(S)),
    set(N, i32.const(1)),
    control.loop([
      set(SUM, f64.add(get(SUM), f64.div(get(TERM), f64.convertI32S(get(N))))),
      set(TERM, f64.mul(get(TERM), get(S2))),
      set(N, i32.add(get(N), i32.const(2))),
      control.brIf(0, i32.leS(get(N), i32.const(41))),
    ]),
    f64.add(f64.mul(f64.convertI32S(get(E)), f64.const(LN2_HI)), f64.add(f64.mul(f64.const(2), get(SUM)), f64.mul(f64.convertI32S(get(E)), f64.const(LN2_LO)))),
  ];
  return { locals: [I32, I32, F64, F64, F64, F64, F64], body };
}


function normalsModule(pages: number, base: number, expTable: number): Uint8Array<ArrayBuffer> {
  const DET_EXP = 0, LOG = 2;
  const OUT = 0, COUNT = 1;
  const K = 2, S0 = 3, S1 = 4, S2 = 5, S3 = 6, M = 7, U = 8, T = 9, I = 10, J = 11, P = 12, PENDING = 13;
  const X = 14, Y = 15, A = 16, EK = 17, ER = 18, EX = 19, END = 20;
  const at = (off: number) => base + off;
  /** One xoshiro128** step: the next word into U (as Xoshiro128.nextInt32 and the fill loop). */
  const next: Code = [
    set(M, i32.mul(get(S1), i32.const(5))),
    set(U, i32.mul(i32.rotl(get(M), i32.const(7)), i32.const(9))),
    set(T, i32.shl(get(S1), i32.const(9))),
    set(S2, i32.xor(get(S2), get(S0))),
    set(S3, i32.xor(get(S3), get(S1))),
    set(S1, i32.xor(get(S1), get(S2))),
    set(S0, i32.xor(get(S0), get(S3))),
    set(S2, i32.xor(get(S2), get(T))),
    set(S3, i32.rotl(get(S3), i32.const(11))),
  ];
  /** Xoshiro128.nextOpenUnit of the word in U. */
  const openUnit = f64.mul(f64.add(f64.convertI32U(get(U)), f64.const(0.5)), f64.const(2.3283064365386963e-10));
  const layerOf: Code = [set(I, i32.and(get(U), i32.const(255))), set(J, i32.shrS(get(U), i32.const(8)))];
  const byLayer = (shift: number) => i32.shl(get(I), i32.const(shift));
  const accepted = i32.ltU(i32.add(get(J), i32.load(at(SHIFT_AT), byLayer(2))), i32.load(at(SPAN_AT), byLayer(2)));
  const fastValue = f64.mul(f64.convertI32S(get(J)), f64.load(at(W_AT), byLayer(3)));
  /** expWith(table, A) into EX (fast-exp.ts; its fallback detExp imported). */
  const expOfA: Code = control.ifElse(i32.and(f64.gt(get(A), f64.const(-16)), f64.lt(get(A), f64.const(16))), [
    set(EK, i32.truncF64S(f64.add(f64.mul(get(A), f64.const(64)), f64.const(1024.5)))),
    set(ER, f64.sub(get(A), f64.mul(f64.convertI32S(i32.sub(get(EK), i32.const(1024))), f64.const(0.015625)))),
    set(EX, f64.mul(f64.load(expTable, i32.shl(get(EK), i32.const(3))), f64.add(f64.const(1), f64.mul(get(ER), f64.add(f64.const(1), f64.mul(get(ER), f64.add(f64.const(0.5), f64.mul(get(ER), f64.add(f64.const(1 / 6), f64.mul(get(ER), f64.add(f64.const(1 / 24), f64.mul(get(ER), f64.const(1 / 120))))))))))))),
  ], set(EX, control.call(DET_EXP, get(A))));

  // The slow path of the pending word in U (ziggurat.ts slowPath): its normal into X.
  const slow: Code = control.block(control.loop([
    // Layer 0: the tail beyond R. Depths inside this `if`: 0 if, 1 retry loop, 2 found block.
    control.if(i32.eqz(get(I)), [
      control.loop([
        next, set(X, f64.div(f64.neg(control.call(LOG, openUnit)), f64.const(R))),
        next, set(Y, f64.neg(control.call(LOG, openUnit))),
        control.brIf(0, f64.lt(f64.add(get(Y), get(Y)), f64.mul(get(X), get(X)))),
      ]),
      set(X, select(f64.add(f64.const(R), get(X)), f64.sub(f64.const(-R), get(X)), i32.gtS(get(J), i32.const(0)))),
      control.br(2),
    ]),
    set(X, fastValue),
    next,
    set(A, f64.mul(f64.mul(f64.const(-0.5), get(X)), get(X))),
    expOfA,
    control.brIf(1, f64.lt(
      f64.add(f64.load(at(F_AT), byLayer(3)), f64.mul(openUnit, f64.sub(f64.load(at(F_AT) - 8, byLayer(3)), f64.load(at(F_AT), byLayer(3))))),
      get(EX),
    )),
    next,
    layerOf,
    control.if(accepted, [set(X, fastValue), control.br(2)]),
    control.br(0),
  ]));

  const body: Code = [
    set(S0, i32.load(at(STATE_AT), i32.const(0))),
    set(S1, i32.load(at(STATE_AT + 4), i32.const(0))),
    set(S2, i32.load(at(STATE_AT + 8), i32.const(0))),
    set(S3, i32.load(at(STATE_AT + 12), i32.const(0))),
    // Chunk by chunk (CHUNK draws, as fillNormals): the fast loop, then that chunk's pending draws.
    control.blockLoop([
      control.brIf(1, i32.geU(get(K), get(COUNT))),
      set(END, select(get(COUNT), i32.add(get(K), i32.const(CHUNK)), i32.ltU(get(COUNT), i32.add(get(K), i32.const(CHUNK))))),
      set(P, i32.const(0)),
      control.blockLoop([
        control.brIf(1, i32.geU(get(K), get(END))),
        next,
        layerOf,
        f64.store(0, i32.add(get(OUT), i32.shl(get(K), i32.const(3))), fastValue),
        control.if(i32.eqz(accepted), [
          i32.store(at(PENDING_AT), i32.shl(get(P), i32.const(2)), get(K)),
          i32.store(at(PENDING_WORD), i32.shl(get(P), i32.const(2)), get(U)),
          set(P, i32.add(get(P), i32.const(1))),
        ]),
        set(K, i32.add(get(K), i32.const(1))),
        control.br(0),
      ]),
      // The pending draws, in order, with the generator where the chunk left it.
      set(PENDING, get(P)),
      set(P, i32.const(0)),
      control.blockLoop([
        control.brIf(1, i32.geU(get(P), get(PENDING))),
        set(U, i32.load(at(PENDING_WORD), i32.shl(get(P), i32.const(2)))),
        layerOf,
        slow,
        f64.store(0, i32.add(get(OUT), i32.shl(i32.load(at(PENDING_AT), i32.shl(get(P), i32.const(2))), i32.const(3))), get(X)),
        set(P, i32.add(get(P), i32.const(1))),
        control.br(0),
      ]),
      control.br(0),
    ]),
    i32.store(at(STATE_AT), i32.const(0), get(S0)),
    i32.store(at(STATE_AT + 4), i32.const(0), get(S1)),
    i32.store(at(STATE_AT + 8), i32.const(0), get(S2)),
    i32.store(at(STATE_AT + 12), i32.const(0), get(S3)),
    get(PENDING),
  ];
  const log = logBody();
  return encodeModule(pages, [{ name: 'detExp', params: [F64], results: [F64] }], [
    { params: [I32, I32], results: [I32], locals: [...Array.from({ length: 12 }, () => I32), F64, F64, F64, I32, F64, F64, I32], body, exportName: 'fill' },
    { params: [F64], results: [F64], locals: log.locals, body: log.body },
  ]);
}


const built = new WeakMap<BlockState, NormalsFill | null>();

/** The state's normals filler, or null where WebAssembly cannot run it (the caller uses fillNormals). */
export function wasmNormals(st: BlockState): NormalsFill | null {
  return perState(built, st, buildFill);
}

function buildFill(st: BlockState): NormalsFill | null {
  const memory = st.memory;
  if (!memory || st.scratch.byteLength < NORMALS_SCRATCH_BYTES) return null;
  const base = st.scratch.byteOffset;
  const buffer = memory.buffer;
  new Float64Array(buffer, base + W_AT, 256).set(W);
  new Int32Array(buffer, base + SHIFT_AT, 256).set(ACCEPT_SHIFT);
  new Uint32Array(buffer, base + SPAN_AT, 256).set(ACCEPT_SPAN);
  new Float64Array(buffer, base + F_AT, 256).set(DENSITY);
  const state = new Int32Array(buffer, base + STATE_AT, 4);
  const run = instantiate(normalsModule(buffer.byteLength / 65536, base, st.table.byteOffset), { mem: memory, detExp }).fill as (out: number, count: number) => number;
  return (rng, out, offset, count) => {
    if (out.buffer !== buffer) throw new Error('wasm normals: the output is not in the block state\'s memory');
    state.set(rng.state);
    run(out.byteOffset + 8 * offset, count);
    rng.state.set(state);
  };
}
