import { describe, expect, it } from 'vitest';
import {
  type Matrix,
  accurateDigits,
  addToDiagonal,
  cholesky,
  choleskyInverse,
  choleskySolveVector,
  constantColumns,
  createGenerator,
  equilibratedCondition,
  firstNonFinite,
  fromRows,
  matmulTransB,
  matrix,
} from '../../src/index.js';

/** Exact κ₁ of D A D, D = diag(A)^{-1/2}, through the explicit inverse. */
function exactCondition(A: Matrix): number {
  const n = A.rows;
  const s = Array.from({ length: n }, (_, i) => 1 / Math.sqrt(A.data[i * n + i]!));
  const E = matrix(n, n, A.data.map((v, k) => v * s[Math.floor(k / n)]! * s[k % n]!));
  const Einv = choleskyInverse(cholesky(E).L);
  const norm1 = (B: Matrix) => Math.max(...Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, i) => Math.abs(B.data[i * n + j]!)).reduce((a, b) => a + b)));
  return norm1(E) * norm1(Einv);
}

const estimate = (A: Matrix) => equilibratedCondition(A, (b) => choleskySolveVector(cholesky(A).L, b));

function randomSpd(seed: number, n: number, shift: number): Matrix {
  const rng = createGenerator(seed, 'spd');
  const G = matrix(n, n + 2);
  rng.fillNormal(G.data);
  return addToDiagonal(matmulTransB(G, G), shift);
}

describe('equilibratedCondition (Hager–Higham 1-norm estimate)', () => {
  it('is a lower bound within a factor 3 of the exact κ₁ on random SPD matrices', () => {
    for (let seed = 0; seed < 20; seed++) {
      const A = randomSpd(seed, 3 + (seed % 9), 10 ** -(seed % 7));
      const exact = exactCondition(A), est = estimate(A);
      expect(est).toBeLessThanOrEqual(exact * (1 + 1e-8));
      expect(est).toBeGreaterThanOrEqual(exact / 3);
    }
  });

  it('is exact on the Hilbert matrix of order 6 (κ₁ ≈ 2.9e7 before equilibration)', () => {
    const H = fromRows(Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => 1 / (i + j + 1))));
    expect(estimate(H) / exactCondition(H)).toBeGreaterThan(0.99);
  });

  it('ignores diagonal scaling: a zero feature column (dead unit) is not ill-conditioning', () => {
    const A = randomSpd(3, 5, 1);
    const scaled = matrix(5, 5, A.data.map((v, k) => v * [1e-6, 1, 1e6, 1, 1][Math.floor(k / 5)]! * [1e-6, 1, 1e6, 1, 1][k % 5]!));
    expect(estimate(scaled) / estimate(A)).toBeCloseTo(1, 6);
    expect(1 / cholesky(scaled).rcond).toBeLessThan(1e4);
  });

  it('feeds the factor\'s rcond and the digits it keeps', () => {
    expect(cholesky(fromRows([[4, 0], [0, 9]])).rcond).toBe(1);
    expect(accurateDigits(1)).toBeCloseTo(15.95, 1);
    expect(accurateDigits(1e-10)).toBeCloseTo(5.95, 1);
    expect(accurateDigits(0)).toBe(0);
  });
});

describe('scans', () => {
  it('firstNonFinite finds the first NaN or infinity in row-major order', () => {
    expect(firstNonFinite(fromRows([[1, 2], [3, 4]]))).toBeUndefined();
    expect(firstNonFinite(fromRows([[1, 2], [Infinity, NaN]]))).toEqual({ row: 1, col: 0 });
  });

  it('constantColumns lists exactly equal columns, zeros included', () => {
    expect(constantColumns(fromRows([[1, 0, 3, 5], [2, 0, 3, 5 + 1e-15]]))).toEqual([1, 2]);
    expect(constantColumns(fromRows([[1, 2]]))).toEqual([0, 1]);
  });
});
