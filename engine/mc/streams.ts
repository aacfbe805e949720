/**
 * Stream kinds: every random stream of a run is `streamSeed(scrambledSeed, kind, index, subIndex)`,
 * so streams of different purposes never coincide and each is fixed by its indices alone.
 */

/** Monte Carlo block b: index = b. */
export const STREAM_MC_BLOCK = 1;
/** Sobol base sample j of matrix A or B, group g: index = j, subIndex = g. */
export const STREAM_SOBOL_A = 2;
/** Sobol matrix B (as A). */
export const STREAM_SOBOL_B = 3;
/** Bootstrap resampling of Sobol estimates. */
export const STREAM_BOOTSTRAP = 4;
/** Monte Carlo block b, the energy stage's normals: index = b (simulate-blocks.ts). */
export const STREAM_MC_ENERGY = 5;
