import { describe, expect, it } from 'vitest';
import {
  cholesky,
  choleskyInverse,
  choleskyInverseDiagonal,
  choleskySolve,
  choleskySolveRows,
  choleskySolveVector,
  linalgThreads,
  setLinalgThreads,
  solveLower,
  solveLowerTranspose,
  transpose,
  triangularInverse,
  identity,
} from '../../src/index.js';
import { expectNormClose, randomMatrix, randomSpd, refCholesky, refSolveLower } from '../helpers/reference.js';

// Sizes around the block size (96) of the blocked algorithms.
describe.each([1, 2, 5, 95, 96, 97, 200])('blocked Cholesky and solves, n = %i', (n) => {
  const A = randomSpd(n, n);
  const Lref = refCholesky(A);
  const { L, rcond } = cholesky(A);
  it('L equals the unblocked factor and the upper triangle is zero', () => {
    expectNormClose(L, Lref, 1e-12);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(L.data[i * n + j]).toBe(0);
    expect(rcond).toBeGreaterThan(0);
    expect(rcond).toBeLessThanOrEqual(1);
  });
  it.each([1, 3, 130])('triangular solves with %i right-hand sides equal substitution', (k) => {
    const B = randomMatrix(n, k, k);
    expectNormClose(solveLower(L, B), refSolveLower(L, B), 1e-11);
    expectNormClose(solveLowerTranspose(L, B), refSolveLower(L, B, true), 1e-11);
    const X = refSolveLower(L, refSolveLower(L, B), true);
    expectNormClose(choleskySolve(L, B), X, 1e-11);
    expectNormClose(choleskySolveRows(L, transpose(B)), transpose(X), 1e-11);
    if (k === 1) expectNormClose(choleskySolveVector(L, B.data), X.data, 1e-11);
  });
  it('inverse, triangular inverse and the diagonal of the inverse', () => {
    const Linv = refSolveLower(L, identity(n));
    expectNormClose(triangularInverse(L), Linv, 1e-11);
    const inv = refSolveLower(L, Linv, true);
    expectNormClose(choleskyInverse(L), inv, 1e-11);
    expectNormClose(choleskyInverseDiagonal(L), Float64Array.from({ length: n }, (_, i) => inv.data[i * n + i]!), 1e-11);
  });
});

describe('Cholesky: errors and threads', () => {
  it('names the matrix and the pivot when it is not positive definite', () => {
    const A = randomSpd(150, 1);
    A.data[120 * 150 + 120] = -1e3;
    expect(() => cholesky(A, 'K')).toThrow(/K is not positive definite \(Cholesky pivot 121 of 150/);
  });
  it('results are bitwise the same with 1 and 2 threads', () => {
    const A = randomSpd(230, 5), B = randomMatrix(170, 230, 6);
    const before = linalgThreads();
    const runs = [1, 2].map((t) => {
      setLinalgThreads(t);
      const { L } = cholesky(A);
      return [L.data, choleskySolveRows(L, B).data, triangularInverse(L).data];
    });
    setLinalgThreads(before);
    for (let i = 0; i < 3; i++) expect(runs[1]![i]).toEqual(runs[0]![i]);
  });
});
