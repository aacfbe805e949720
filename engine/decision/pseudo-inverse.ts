/**
 * The Moore-Penrose pseudo-inverse of a small dense matrix (a few targets by a few levers), from the
 * eigen-decomposition of J^T J by cyclic Jacobi rotations. Singular values below `relTol` x the largest
 * are dropped, so a lever that moves no target (a zero column) gets no step instead of a huge one.
 * O(k^3) per sweep for k columns; k is small.
 */

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric matrix. */
export function symmetricEigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const m = a.map((r) => r.slice());
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p][q] * m[p][q];
    if (off < 1e-300) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (m[p][q] === 0) continue;
        const theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k][p], mkq = m[k][q];
          m[k][p] = c * mkp - s * mkq;
          m[k][q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p][k], mqk = m[q][k];
          m[p][k] = c * mpk - s * mqk;
          m[q][k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p], vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: m.map((r, i) => r[i]), vectors: v };
}

/** J^+ (k x m) of J (m x k). */
export function pseudoInverse(j: number[][], relTol = 1e-12): number[][] {
  const m = j.length, k = j[0]?.length ?? 0;
  const jtj = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => j.reduce((s, row) => s + row[a] * row[b], 0)));
  const { values, vectors } = symmetricEigen(jtj);
  const top = Math.max(0, ...values);
  const out = Array.from({ length: k }, () => new Array<number>(m).fill(0));
  for (let e = 0; e < k; e++) {
    if (!(values[e] > relTol * relTol * top) || top === 0) continue;
    // J^+ = sum_e v_e v_e^T J^T / lambda_e
    for (let a = 0; a < k; a++) {
      const va = vectors[a][e] / values[e];
      if (va === 0) continue;
      for (let i = 0; i < m; i++) {
        let vtj = 0;
        for (let b = 0; b < k; b++) vtj += vectors[b][e] * j[i][b];
        out[a][i] += va * vtj;
      }
    }
  }
  return out;
}

/** y = A x. */
export function multiply(a: number[][], x: number[]): number[] {
  return a.map((row) => row.reduce((s, v, i) => s + v * x[i], 0));
}
