/**
 * A lower-triangular factor L of a correlation matrix C (L L^T = C) that works for every positive
 * semi-definite C, including singular ones such as all ones (perfectly correlated sectors), where a
 * plain Cholesky factorisation divides by zero.
 *
 * Method: the eigen-factor F = V sqrt(max(lambda, 0)) satisfies F F^T = C for any PSD C (tiny negative
 * eigenvalues from rounding are clipped); a QR decomposition F^T = Q R (modified Gram-Schmidt on the
 * columns of F^T, zero columns left zero) gives C = F F^T = R^T R, so L = R^T. Rows are then scaled so
 * that each row of L has unit length (unit variance of each shock) exactly.
 *
 * Why lower-triangular: shock e = L z with independent z, and z[s] is "sector s's own innovation"
 * (the part of its shock not explained by the sectors before it). The Sobol analysis groups inputs by
 * z[s]; with uncorrelated sectors z[s] is exactly sector s's shock.
 */
import { symmetricEigen } from './symmetric-eigen';

/** L as rows: `factor[i][j]`, zero above the diagonal. */
export type LowerFactor = number[][];

/**
 * The PSD-robust lower-triangular factor of a correlation matrix (validated elsewhere: symmetric,
 * unit diagonal, PSD within 1e-9).
 * @example correlationFactor([[1, 1], [1, 1]]) // => [[1, 0], [1, 0]]
 */
export function correlationFactor(correlation: readonly (readonly number[])[]): LowerFactor {
  const n = correlation.length;
  const { values, vectors } = symmetricEigen(correlation);
  // Row i of F = V sqrt(Lambda); F F^T = C.
  const f = vectors.map((row) => row.map((x, k) => x * Math.sqrt(Math.max(values[k], 0))));
  // Modified Gram-Schmidt on the rows: f[i] = sum_{k <= i} L[i][k] q[k], q orthonormal. Row i owns
  // direction i; a row that adds no new direction (residual norm below 1e-10) leaves q[i] empty and L[i][i] = 0.
  const q: (number[] | undefined)[] = [];
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const w = f[i].slice();
    for (let k = 0; k < i; k++) {
      const dir = q[k];
      if (!dir) continue;
      const proj = dot(w, dir);
      l[i][k] = proj;
      for (let j = 0; j < n; j++) w[j] -= proj * dir[j];
    }
    const norm = Math.sqrt(dot(w, w));
    if (norm > 1e-10) {
      l[i][i] = norm;
      q.push(w.map((x) => x / norm));
    } else q.push(undefined);
  }
  // Unit variance of every shock, exactly (rounding and clipped eigenvalues aside).
  for (const row of l) {
    const len = Math.sqrt(dot(row, row));
    if (len > 0) for (let k = 0; k < n; k++) row[k] /= len;
  }
  return l;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
