/**
 * Evaluates Saltelli samples j = first ... first + count - 1 of a Sobol problem: f(A_j), f(B_j) and
 * f(AB_i,j) for every group i. The inputs of group g in row j of matrix A (or B) come from their own
 * stream `streamSeed(seed, STREAM_SOBOL_A or _B, j, g)`, so any split of the rows among workers gives
 * the same numbers. Cost: (groups + 2) path evaluations per row.
 */
import { Xoshiro128 } from '../mc/rng/xoshiro128';
import { fillNormals, fillUniforms } from '../mc/rng/ziggurat';
import { streamSeed } from '../mc/rng/splitmix32';
import { STREAM_SOBOL_A, STREAM_SOBOL_B } from '../mc/streams';
import { evaluatePath } from '../mc/evaluate-path';
import { PRIMITIVE_COUNT } from '../mc/primitive-kinds';
import type { SobolProblem } from './sobol-problem';

/** Outputs of a range of rows. `fAB[i * count + r]` is group i, row first + r. */
export interface SobolPartial {
  first: number;
  count: number;
  fA: Float64Array;
  fB: Float64Array;
  fAB: Float64Array;
}

/** Draws the inputs of every group for row j of one matrix into z (years x columns) and u. */
function drawRow(p: SobolProblem, stream: number, j: number, z: Float64Array, u: Float64Array, column: Float64Array): void {
  const n = p.model.years;
  const cols = p.model.normalsPerYear;
  z.fill(0);
  p.groups.forEach((g, gi) => {
    const rng = new Xoshiro128(streamSeed(p.model.scrambledSeed, stream, j, gi));
    for (const c of g.columns) {
      fillNormals(rng, column, 0, n);
      for (let t = 0; t < n; t++) z[t * cols + c] = column[t];
    }
    if (g.uniforms) fillUniforms(rng, u, 0, n);
  });
}

/** Copies the inputs of group g from (zB, uB) into (z, u). */
function takeGroup(p: SobolProblem, g: number, zB: Float64Array, uB: Float64Array, z: Float64Array, u: Float64Array): void {
  const n = p.model.years;
  const cols = p.model.normalsPerYear;
  for (const c of p.groups[g].columns) for (let t = 0; t < n; t++) z[t * cols + c] = zB[t * cols + c];
  if (p.groups[g].uniforms) u.set(uB);
}

/** Evaluates rows [first, first + count). */
export function evaluateSobolRows(p: SobolProblem, first: number, count: number): SobolPartial {
  const n = p.model.years;
  const size = n * p.model.normalsPerYear;
  const zA = new Float64Array(size), zB = new Float64Array(size), z = new Float64Array(size);
  const uA = new Float64Array(n).fill(1), uB = new Float64Array(n).fill(1), u = new Float64Array(n);
  const column = new Float64Array(n);
  const values = new Float64Array(PRIMITIVE_COUNT * n);
  const k = p.groups.length;
  const fA = new Float64Array(count), fB = new Float64Array(count), fAB = new Float64Array(k * count);
  const { valueIndex, a, b } = p.readout;
  const f = (zz: Float64Array, uu: Float64Array) => {
    evaluatePath(p.model, zz, uu, values);
    return a * values[valueIndex] + b;
  };
  for (let r = 0; r < count; r++) {
    drawRow(p, STREAM_SOBOL_A, first + r, zA, uA, column);
    drawRow(p, STREAM_SOBOL_B, first + r, zB, uB, column);
    fA[r] = f(zA, uA);
    fB[r] = f(zB, uB);
    for (let g = 0; g < k; g++) {
      z.set(zA);
      u.set(uA);
      takeGroup(p, g, zB, uB, z, u);
      fAB[g * count + r] = f(z, u);
    }
  }
  return { first, count, fA, fB, fAB };
}
