/**
 * Straightforward reference implementations (triple loops, substitution) that
 * the fast kernels of src/linalg are compared against.
 */
import { expect } from 'vitest';
import { type Matrix, createGenerator, matrix } from '../../src/index.js';

/** An r×c matrix with N(0, 1) entries from a seeded generator. */
export function randomMatrix(r: number, c: number, seed: number): Matrix {
  const A = matrix(r, c);
  createGenerator(seed, 'reference-test').fillNormal(A.data);
  return A;
}

/** Entry (i, j) of A, or of Aᵀ when `t`. */
function at(A: Matrix, i: number, j: number, t: boolean): number {
  return t ? A.data[j * A.cols + i]! : A.data[i * A.cols + j]!;
}

/** `op(A) op(B)` by the definition `C_ij = Σ_t op(A)_it op(B)_tj`, t ascending. */
export function refProduct(A: Matrix, B: Matrix, ta = false, tb = false): Matrix {
  const m = ta ? A.cols : A.rows, k = ta ? A.rows : A.cols, n = tb ? B.rows : B.cols;
  const C = matrix(m, n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += at(A, i, t, ta) * at(B, t, j, tb);
      C.data[i * n + j] = s;
    }
  }
  return C;
}

/** Unblocked Cholesky by the definition (row-oriented). */
export function refCholesky(A: Matrix): Matrix {
  const n = A.rows, L = matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A.data[i * n + j]!;
      for (let t = 0; t < j; t++) s -= L.data[i * n + t]! * L.data[j * n + t]!;
      L.data[i * n + j] = i === j ? Math.sqrt(s) : s / L.data[j * n + j]!;
    }
  }
  return L;
}

/** Solves `L X = B` (or `Lᵀ X = B`) by substitution, column by column. */
export function refSolveLower(L: Matrix, B: Matrix, transposed = false): Matrix {
  const n = L.rows, k = B.cols, X = matrix(n, k, B.data.slice());
  const l = (i: number, j: number): number => (transposed ? L.data[j * n + i]! : L.data[i * n + j]!);
  for (let c = 0; c < k; c++) {
    const order = Array.from({ length: n }, (_, i) => (transposed ? n - 1 - i : i));
    for (const i of order) {
      let s = X.data[i * k + c]!;
      for (let t = 0; t < n; t++) if (t !== i && (transposed ? t > i : t < i)) s -= l(i, t) * X.data[t * k + c]!;
      X.data[i * k + c] = s / l(i, i);
    }
  }
  return X;
}

/** A random SPD matrix `GᵀG/r + I` of size n. */
export function randomSpd(n: number, seed: number): Matrix {
  const G = randomMatrix(n + 3, n, seed);
  const A = refProduct(G, G, true, false);
  for (let i = 0; i < n * n; i++) A.data[i] /= n + 3;
  for (let i = 0; i < n; i++) A.data[i * n + i] += 1;
  return A;
}

/** Asserts `max|a − b| ≤ rel · max(max|b|, 1e-300)` (normwise relative error). */
export function expectNormClose(actual: Matrix | Float64Array, expected: Matrix | Float64Array, rel = 1e-10): void {
  const a = 'data' in actual ? actual.data : actual, b = 'data' in expected ? expected.data : expected;
  expect(a.length).toBe(b.length);
  let err = 0, big = 1e-300;
  for (let i = 0; i < b.length; i++) {
    err = Math.max(err, Math.abs(a[i]! - b[i]!));
    big = Math.max(big, Math.abs(b[i]!));
  }
  expect(err / big).toBeLessThanOrEqual(rel);
}

/** Shapes that stress the blocking: 1×1, thin, not multiples of the tile or block sizes, tall and wide. */
export const ODD_SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 1],
  [1, 7, 1],
  [3, 1, 5],
  [5, 3, 2],
  [7, 13, 9],
  [131, 127, 129],
  [130, 300, 7],
  [2, 260, 2051],
  [203, 5, 61],
];
