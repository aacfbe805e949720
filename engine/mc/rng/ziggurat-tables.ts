/**
 * Tables of the 256-layer ziggurat for the standard normal (Marsaglia & Tsang, 2000), built once at
 * load from R and V: layer i spans x in [0, x_i] with equal areas V; W[i] = x_i / 2^23 turns a signed
 * 24-bit integer into x, F[i] = exp(-x_i^2 / 2), and K[i] = 2^23 x_(i-1) / x_i is the fast-accept bound.
 * The area check: V = R f(R) + integral of f beyond R = 0.0046052 + 0.0003236, f(x) = exp(-x^2 / 2).
 */
import { detExp, detLog } from '../det-math';

/** Layers of the ziggurat. */
export const LAYERS = 256;
/** Right edge of the base layer (R in the paper) and the common area of the layers (V). */
export const R = 3.6541528853610088;
const V = 0.00492867323399;
/** Scale of the signed 24-bit uniform: values in [-2^23, 2^23). */
const M = 8388608;

/** Fast-accept bounds: |j| < K[i] is inside layer i's rectangle. */
export const K = new Int32Array(LAYERS);
/**
 * The fast-path test |j| < K[i] as one unsigned comparison, (j + K[i] - 1) >>> 0 < 2 K[i] - 1, so
 * that V8 emits no branch on the sign of j (a 50% misprediction that would triple the cost).
 * ACCEPT_SHIFT[i] = K[i] - 1 and ACCEPT_SPAN[i] = 2 K[i] - 1 (0 for the top layer, which has no fast path).
 */
export const ACCEPT_SHIFT = new Int32Array(LAYERS);
/** See ACCEPT_SHIFT. */
export const ACCEPT_SPAN = new Uint32Array(LAYERS);
/** Layer widths per integer unit. */
export const W = new Float64Array(LAYERS);
/** Density exp(-x_i^2 / 2) at each layer's edge. */
export const F = new Float64Array(LAYERS);
(() => {
  let d = R;
  let t = d;
  const q = V / detExp(-0.5 * d * d);
  K[0] = Math.floor((d / q) * M);
  K[1] = 0;
  W[0] = q / M;
  W[LAYERS - 1] = d / M;
  F[0] = 1;
  F[LAYERS - 1] = detExp(-0.5 * d * d);
  for (let i = LAYERS - 2; i >= 1; i--) {
    d = Math.sqrt(-2 * detLog(V / d + detExp(-0.5 * d * d)));
    K[i + 1] = Math.floor((d / t) * M);
    t = d;
    F[i] = detExp(-0.5 * d * d);
    W[i] = d / M;
  }
  for (let i = 0; i < LAYERS; i++) {
    ACCEPT_SHIFT[i] = K[i] - 1;
    ACCEPT_SPAN[i] = K[i] > 0 ? 2 * K[i] - 1 : 0;
  }
})();
