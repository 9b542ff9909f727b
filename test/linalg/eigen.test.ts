import { describe, expect, it } from 'vitest';
import { type Matrix, diagonal, fromRows, gram, identity, matmul, matmulTransA, matrix, symmetricEigen, symmetricEigenvalues } from '../../src/index.js';
import { expectNormClose, randomMatrix, refProduct } from '../helpers/reference.js';

function check(A: Matrix): Float64Array {
  const n = A.rows;
  const { values, vectors } = symmetricEigen(A);
  for (let k = 1; k < n; k++) expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
  const scale = Math.max(1e-300, ...Array.from(values, Math.abs));
  // A V = V diag(s) and VᵀV = I
  const AV = refProduct(A, vectors);
  const VS = matrix(n, n, vectors.data.map((v, idx) => v * values[idx % n]!));
  expectNormClose(AV.data.map((v) => v / scale), VS.data.map((v) => v / scale), 1e-12 * Math.max(1, Math.max(...Array.from(VS.data, Math.abs))));
  expectNormClose(matmulTransA(vectors, vectors), identity(n), 1e-12);
  return values;
}

describe('symmetricEigen (tridiagonalization + implicit QL)', () => {
  it.each([1, 2, 3, 17, 150])('random symmetric matrix of size %i', (n) => {
    const G = randomMatrix(n, n, n);
    const A = matrix(n, n, G.data.map((v, idx) => v + G.data[(idx % n) * n + Math.floor(idx / n)]!));
    check(A);
  });
  it('known spectra: a permuted diagonal, repeated values, a rank-deficient Gram matrix', () => {
    const D = matrix(4, 4);
    [3, -1, 2, 2].forEach((v, i) => (D.data[i * 4 + i] = v));
    expect(Array.from(check(D))).toEqual([-1, 2, 2, 3]);
    expect(Array.from(check(identity(5, 2)))).toEqual([2, 2, 2, 2, 2]);
    const G = gram(randomMatrix(3, 8, 1)); // rank 3 of 8
    const s = check(G);
    for (let k = 0; k < 5; k++) expect(Math.abs(s[k]!)).toBeLessThan(1e-12 * s[7]!);
    const trace = diagonal(G).reduce((a, b) => a + b, 0);
    expect(Math.abs(s.reduce((a, b) => a + b, 0) - trace)).toBeLessThan(1e-12 * trace);
  });
  it('reconstructs A = V diag(s) Vᵀ', () => {
    const A = gram(randomMatrix(40, 30, 2));
    const { values, vectors } = symmetricEigen(A);
    const VS = matrix(30, 30, vectors.data.map((v, idx) => v * values[idx % 30]!));
    expectNormClose(refProduct(VS, vectors, false, true), A, 1e-13);
    expect(matmul(A, vectors).rows).toBe(30);
  });
  it('rejects non-finite entries', () => {
    expect(() => symmetricEigen(matrix(2, 2, new Float64Array([1, NaN, NaN, 1])))).toThrow(/non-finite/);
  });
});

describe('symmetricEigenvalues (the same reduction and QL, no vectors)', () => {
  it('equals the eigenvalues of symmetricEigen bit for bit', () => {
    for (const [n, seed] of [[1, 1], [2, 2], [7, 3], [60, 4], [150, 5]] as const) {
      const A = gram(randomMatrix(n + 3, n, seed));
      expect(Array.from(symmetricEigenvalues(A))).toEqual(Array.from(symmetricEigen(A).values));
    }
    // a rank-deficient Gram matrix and one with a repeated eigenvalue
    const low = gram(randomMatrix(4, 30, 6));
    expect(Array.from(symmetricEigenvalues(low))).toEqual(Array.from(symmetricEigen(low).values));
    const I = identity(5);
    expect(Array.from(symmetricEigenvalues(I))).toEqual([1, 1, 1, 1, 1]);
  });

  it('gives closed forms, ascending, and refuses non-finite entries', () => {
    // [[2, 1], [1, 2]] has eigenvalues 1 and 3; a diagonal matrix its diagonal, sorted
    const two = symmetricEigenvalues(fromRows([[2, 1], [1, 2]]));
    expect(Math.abs(two[0]! - 1)).toBeLessThan(1e-15);
    expect(two[1]).toBe(3);
    expect(Array.from(symmetricEigenvalues(fromRows([[3, 0, 0], [0, -1, 0], [0, 0, 2]])))).toEqual([-1, 2, 3]);
    expect(symmetricEigenvalues(matrix(0, 0)).length).toBe(0);
    expect(() => symmetricEigenvalues(fromRows([[1, NaN], [NaN, 1]]))).toThrow(/non-finite/);
  });
});
