/**
 * xoshiro128** (Blackman & Vigna, 2018): a fast 32-bit generator with 128 bits of state and period
 * 2^128 - 1. The engine's only source of randomness: it is a value passed in, never global, so a run
 * is reproducible from its seed. See https://prng.di.unimi.it/xoshiro128starstar.c
 *
 * The state is a public Int32Array so that bulk fillers (see ziggurat.ts) can keep it in local
 * variables in their loop and write it back; a step costs about 1.5-2.5 ns in V8.
 */
import { splitmix32Fill } from './splitmix32';

/** A seeded stream of 32-bit integers and uniforms. */
export class Xoshiro128 {
  /** The four state words (signed 32-bit). Never all zero. */
  readonly state: Int32Array;

  /** Seeds the four state words from `seed` (unsigned 32-bit) through splitmix32. */
  constructor(seed: number) {
    this.state = new Int32Array(splitmix32Fill(seed, new Uint32Array(4)).buffer);
    if ((this.state[0] | this.state[1] | this.state[2] | this.state[3]) === 0) this.state[0] = 1;
  }

  /** The next output as a signed 32-bit integer (all 32 bits random). */
  nextInt32(): number {
    const s = this.state;
    const s0 = s[0];
    const s1 = s[1];
    const s2 = s[2] ^ s0;
    const s3 = s[3] ^ s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ (s1 << 9);
    s[3] = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  /** The next output as an unsigned 32-bit integer, in [0, 2^32). */
  nextUint32(): number {
    return this.nextInt32() >>> 0;
  }

  /** A uniform in (0, 1): never exactly 0 or 1, so its logarithm is finite. 32 bits of resolution. */
  nextOpenUnit(): number {
    return ((this.nextInt32() >>> 0) + 0.5) * 2.3283064365386963e-10;
  }
}
