/**
 * The PSD-robust lower-triangular factor of a correlation matrix, and the eigen-decomposition under it
 * (checked against mathjs `eigs`).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { eigs } from 'mathjs';
import { correlationFactor, symmetricEigen } from '../../engine/index';
import { correlationArb, fcRuns } from './support/fixtures';

const product = (l: number[][]) => l.map((a) => l.map((b) => a.reduce((s, x, k) => s + x * b[k], 0)));

describe('correlation factor', () => {
  it('L L^T reproduces every valid correlation matrix, full rank or not', () => {
    fc.assert(fc.property(correlationArb, (c) => {
      const back = product(correlationFactor(c));
      c.forEach((row, i) => row.forEach((x, j) => expect(back[i][j]).toBeCloseTo(x, 9)));
    }), fcRuns(200));
  });

  it('L is lower-triangular with rows of unit length (unit-variance shocks)', () => {
    fc.assert(fc.property(correlationArb, (c) => {
      const l = correlationFactor(c);
      l.forEach((row, i) => {
        row.forEach((x, j) => { if (j > i) expect(x).toBe(0); });
        expect(Math.hypot(...row)).toBeCloseTo(1, 12);
      });
    }), fcRuns(200));
  });

  it('perfectly correlated sectors (all ones) share one innovation', () => {
    expect(correlationFactor([[1, 1, 1], [1, 1, 1], [1, 1, 1]])).toEqual([[1, 0, 0], [1, 0, 0], [1, 0, 0]]);
  });

  it('the identity gives independent shocks', () => {
    expect(correlationFactor([[1, 0, 0], [0, 1, 0], [0, 0, 1]])).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
  });

  it('eigenvalues agree with mathjs eigs', () => {
    fc.assert(fc.property(correlationArb, (c) => {
      const ours = symmetricEigen(c).values.slice().sort((a, b) => a - b);
      const theirs = (eigs(c).values as number[]).slice().sort((a, b) => a - b);
      ours.forEach((v, i) => expect(v).toBeCloseTo(theirs[i], 9));
    }), fcRuns(100));
  });

  it('eigenvectors are orthonormal and diagonalise the matrix', () => {
    fc.assert(fc.property(correlationArb, (c) => {
      const { values, vectors } = symmetricEigen(c);
      for (let k = 0; k < 3; k++) {
        for (let i = 0; i < 3; i++) {
          const av = c[i].reduce((s, x, j) => s + x * vectors[j][k], 0);
          expect(av).toBeCloseTo(values[k] * vectors[i][k], 9);
        }
        for (let m = 0; m < 3; m++) expect(vectors.reduce((s, row) => s + row[k] * row[m], 0)).toBeCloseTo(k === m ? 1 : 0, 9);
      }
    }), fcRuns(100));
  });
});
