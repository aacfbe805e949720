/**
 * Standard normal draws by the ziggurat method (Marsaglia & Tsang, 2000, "The Ziggurat Method for
 * Generating Random Variables", J. Stat. Softw. 5(8)) with 256 layers, and Doornik's (2005) fix: the
 * layer index (low 8 bits) and the uniform (high 24 bits, signed) come from disjoint bits of one draw.
 *
 * 98.5% of draws cost one 32-bit draw, a table lookup and a multiply; the rest take the wedge or
 * tail path. Filled in bulk by {@link fillNormals} a draw costs about 2.5 ns in V8 here (Box-Muller:
 * about 22 ns).
 */
import { Xoshiro128 } from './xoshiro128';
import * as tables from './ziggurat-tables';
import { detLog } from '../det-math';
import { fastExp } from '../fast-exp';

// Module-local copies of the tables: V8 reads imported bindings through a checked cell on every
// access, which made the fill loop ten times slower; local constants are read directly.
const { ACCEPT_SHIFT, ACCEPT_SPAN, F, K, R, W } = tables;

/** One standard normal draw from `rng`. */
export function normal(rng: Xoshiro128): number {
  const u = rng.nextInt32();
  const i = u & 255;
  const j = u >> 8;
  if ((j + ACCEPT_SHIFT[i]) >>> 0 < ACCEPT_SPAN[i]) return j * W[i];
  return slowPath(rng, i, j);
}

/** Scratch for {@link fillNormals}: positions and raw words of draws that left the fast path. */
const CHUNK = 4096;
const pendingAt = new Int32Array(CHUNK);
const pendingWord = new Int32Array(CHUNK);

/**
 * Writes `count` standard normal draws to `out[offset ...]`, keeping the generator state in locals
 * (the Monte Carlo hot loop). The few draws that leave the fast path are finished afterwards, in
 * order, with further words from `rng`: the stream is fully determined by the generator's state, but
 * it is not the same sequence as calling {@link normal} repeatedly.
 */
export function fillNormals(rng: Xoshiro128, out: Float64Array, offset: number, count: number): void {
  if (!primed.done) primeFill();
  for (let done = 0; done < count; done += CHUNK) fillChunk(rng, out, offset + done, Math.min(CHUNK, count - done));
}

function fillChunk(rng: Xoshiro128, out: Float64Array, offset: number, count: number): void {
  // Tables in locals: bundlers turn module constants into `var`s, which V8 reloads on every use.
  const w = W;
  const shift = ACCEPT_SHIFT;
  const span = ACCEPT_SPAN;
  const at = pendingAt;
  const word = pendingWord;
  const st = rng.state;
  let s0 = st[0];
  let s1 = st[1];
  let s2 = st[2];
  let s3 = st[3];
  let pending = 0;
  const end = offset + count;
  for (let k = offset; k < end; k++) {
    const m = Math.imul(s1, 5);
    const u = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    const i = u & 255;
    const j = u >> 8;
    out[k] = j * w[i];
    // Record the draws off the fast path (1.5%: a well-predicted branch). Measured: 20-30% faster
    // than recording every draw and advancing the count without a branch; primeFill gives the
    // branch's body type feedback before the loop is optimised.
    if ((j + shift[i]) >>> 0 >= span[i]) {
      at[pending] = k;
      word[pending] = u;
      pending++;
    }
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
  if (pending > 0) finishPending(rng, out, pending);
}

/** Finishes the draws that left the fast path, in order (kept apart so the fast loop stays optimised). */
function finishPending(rng: Xoshiro128, out: Float64Array, pending: number): void {
  for (let p = 0; p < pending; p++) out[pendingAt[p]] = slowPath(rng, pendingWord[p] & 255, pendingWord[p] >> 8);
}

/** Writes `count` uniforms in (0, 1) to `out[offset ...]` (as {@link Xoshiro128.nextOpenUnit}). */
export function fillUniforms(rng: Xoshiro128, out: Float64Array, offset: number, count: number): void {
  for (let k = offset; k < offset + count; k++) out[k] = rng.nextOpenUnit();
}

/** The rare draws (about 1%): the tail beyond R, or a point in a layer's wedge. Exported for the WebAssembly fill (wasm/wasm-normals.ts). */
export function slowPath(rng: Xoshiro128, layer: number, value: number): number {
  let i = layer;
  let j = value;
  for (;;) {
    if (i === 0) {
      let x: number;
      let y: number;
      do {
        x = -detLog(rng.nextOpenUnit()) / R;
        y = -detLog(rng.nextOpenUnit());
      } while (y + y < x * x);
      return j > 0 ? R + x : -R - x;
    }
    const x = j * W[i];
    if (F[i] + rng.nextOpenUnit() * (F[i - 1] - F[i]) < fastExp(-0.5 * x * x)) return x;
    const u = rng.nextInt32();
    i = u & 255;
    j = u >> 8;
    if ((j + ACCEPT_SHIFT[i]) >>> 0 < ACCEPT_SPAN[i]) return j * W[i];
  }
}

/**
 * Runs the slow path 4096 times on a private generator (every branch: tail, wedge, retry), so that V8
 * has optimised it, and the logarithm and exp it calls, before the first real draw needs it; no
 * stream is touched.
 */
function primeSlowPath(): void {
  const rng = new Xoshiro128(0x9e3779b9);
  for (let k = 0; k < 4096; k++) slowPath(rng, k & 255, (k & 1 ? 1 : -1) * ((k * 2654435761) >>> 9));
}

/**
 * Runs every part of the fill once, before the first real fill (not at module load, so that importing
 * the engine costs nothing: the CLI's `run` never draws a normal), on a private generator, so that V8 has type feedback for all
 * of it before it optimises: short fills first (the code after the loop and the slow path's branches
 * run in the interpreter), then long ones. Without this, the long loop is optimised on the stack
 * (OSR) before the code after it ever ran, and that code deoptimises on every later call (measured:
 * about a thousand deoptimisations and 15% of the run time per million paths).
 */
const primed = { done: false };

function primeFill(): void {
  primed.done = true;
  const rng = new Xoshiro128(0x9e3779b9);
  const out = new Float64Array(4096);
  primeSlowPath();
  for (let k = 0; k < 2000; k++) fillNormals(rng, out, 0, 16);
  for (let k = 0; k < 8; k++) fillNormals(rng, out, 0, out.length);
}
