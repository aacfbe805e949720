/**
 * The Moore-Penrose pseudo-inverse of a small dense matrix (a few targets by a few levers), from the
 * eigen-decomposition of J^T J by cyclic Jacobi rotations. Singular values below `relTol` x the largest
 * are dropped, so a lever that moves no target (a zero column) gets no step instead of a huge one.
 * O(k^3) per sweep for k columns; k is small. The eigen-decomposition is the engine's own
 * (engine/mc/linear/symmetric-eigen.ts, tested against mathjs `eigs`).
 */
import { symmetricEigen } from '../mc/linear/symmetric-eigen';

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
