/**
 * splitmix32: a tiny 32-bit mixer used only to seed {@link Xoshiro128} and to derive independent
 * streams from one user seed. Not used for the draws themselves.
 *
 * Constants are Murmur3's fmix32 finaliser; the state advances by the golden-ratio increment.
 * See Steele, Lea & Flood (2014), "Fast splittable pseudorandom number generators".
 */

/** The golden-ratio increment 0x9e3779b9 (as a signed 32-bit integer). */
const GOLDEN = 0x9e3779b9 | 0;

/** Murmur3's fmix32: a bijective avalanche of a 32-bit integer. Returns an unsigned 32-bit integer. */
export function mix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Fills `out` with successive splitmix32 outputs from `state` (unsigned 32-bit integers).
 * @example splitmix32Fill(1, new Uint32Array(2)) // => two well-mixed words
 */
export function splitmix32Fill(state: number, out: Uint32Array): Uint32Array {
  let s = state | 0;
  for (let i = 0; i < out.length; i++) {
    s = (s + GOLDEN) | 0;
    out[i] = mix32(s);
  }
  return out;
}

/**
 * The scrambled form of a user seed (unsigned 32-bit): neighbouring seeds (1, 2, 3...) give unrelated
 * streams. Every stream of a run derives from this one value.
 */
export function scrambleSeed(seed: number): number {
  return mix32((seed >>> 0) ^ 0x5bd1e995);
}

/**
 * The seed of one stream: a hash of the scrambled run seed, a stream kind (e.g. Monte Carlo block,
 * Sobol matrix) and up to two indices. Different inputs give unrelated 32-bit seeds.
 */
export function streamSeed(scrambled: number, kind: number, index: number, subIndex = 0): number {
  let h = mix32(scrambled ^ Math.imul(kind + 1, 0x27d4eb2f));
  h = mix32(h ^ Math.imul(index + 1, 0x165667b1));
  h = mix32(h ^ Math.imul(subIndex + 1, 0x61c88647));
  return h;
}
