import { expect } from 'vitest';
import { type Matrix, createGenerator, matrix } from '../../src/index.js';

/** A small random regression problem: X (n×p) with N(0, 1) entries and y = x₁ + x₂/2 + N(0, 1). */
export function randomProblem(seed: number, n: number, p: number): { X: Matrix; y: Float64Array } {
  const rng = createGenerator(seed, 'test-problem');
  const X = matrix(n, p);
  rng.fillNormal(X.data);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = X.data[i * p]! + (p > 1 ? X.data[i * p + 1]! / 2 : 0) + rng.normal();
  return { X, y };
}

/** Stacks m copies of the rows of X (and of y). */
export function stackRows(X: Matrix, y: Float64Array, m: number): { X: Matrix; y: Float64Array } {
  const data = new Float64Array(m * X.data.length);
  const ys = new Float64Array(m * y.length);
  for (let k = 0; k < m; k++) {
    data.set(X.data, k * X.data.length);
    ys.set(y, k * y.length);
  }
  return { X: matrix(m * X.rows, X.cols, data), y: ys };
}

/** Reorders the rows of X and y: row i of the result is row perm[i]. */
export function permuteRows(X: Matrix, y: Float64Array, perm: readonly number[]): { X: Matrix; y: Float64Array } {
  const out = matrix(X.rows, X.cols);
  perm.forEach((r, i) => out.data.set(X.data.subarray(r * X.cols, (r + 1) * X.cols), i * X.cols));
  return { X: out, y: Float64Array.from(perm, (r) => y[r]!) };
}

/** Expects |a_i − b_i| ≤ tol · scale for every i, with scale = max(max_i |b_i|, minScale). */
export function expectNear(a: ArrayLike<number>, b: ArrayLike<number>, tol: number, minScale = 0): void {
  expect(a.length).toBe(b.length);
  let scale = minScale;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]!));
  for (let i = 0; i < a.length; i++) {
    if (!(Math.abs(a[i]! - b[i]!) <= tol * scale)) {
      throw new Error(`entry ${i}: ${a[i]} differs from ${b[i]} by ${Math.abs(a[i]! - b[i]!)} > ${tol} × ${scale}`);
    }
  }
}
