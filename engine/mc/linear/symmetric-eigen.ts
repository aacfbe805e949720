/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations
 * (Golub & Van Loan, "Matrix Computations", 4th ed., section 8.5). Exact to rounding for the 3x3
 * correlation matrices of the Monte Carlo, with no dependency, so worker bundles stay small.
 * Tests compare it with mathjs `eigs`. Cost O(n^3) per sweep; a 3x3 matrix converges in < 10 sweeps.
 */

/** Eigen-decomposition A = V diag(values) V^T. `vectors[i][k]` is row i of V (column k = eigenvector k). */
export interface SymmetricEigen {
  values: number[];
  vectors: number[][];
}

/**
 * Decomposes the symmetric matrix `a` (only its upper triangle is read, as (a + a^T) / 2).
 * @example symmetricEigen([[2, 1], [1, 2]]).values // => [1, 3] (in some order)
 */
export function symmetricEigen(a: readonly (readonly number[])[]): SymmetricEigen {
  const n = a.length;
  const m = a.map((row, i) => row.map((_, j) => (a[i][j] + a[j][i]) / 2));
  const v: number[][] = m.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p][q] * m[p][q];
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (m[p][q] === 0) continue;
        const theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k][p];
          const mkq = m[k][q];
          m[k][p] = c * mkp - s * mkq;
          m[k][q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p][k];
          const mqk = m[q][k];
          m[p][k] = c * mpk - s * mqk;
          m[q][k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: m.map((row, i) => row[i]), vectors: v };
}
