/**
 * The built-in demonstration data set of `rfci demo`.
 *
 * @module
 */
import { type Matrix, matrix, matvec } from '../linalg/index.js';
import { createGenerator } from '../random/generator.js';

/** A simulated data set with its true coefficients. */
export interface DemoData {
  /** Design, n×p with rows N(0, I_p). */
  readonly X: Matrix;
  /** Response `y = Xβ + ε`, ε ~ N(0, 1). */
  readonly y: Float64Array;
  /** The true β. */
  readonly beta: Float64Array;
}

/**
 * Simulates the demo data: n = 400 rows x ~ N(0, I₂₀), β with five non-zero
 * entries (1.5, −1, 0.75, −0.5, 0.25) and fifteen zeros, and `y = xᵀβ + ε`
 * with ε ~ N(0, 1).
 *
 * @example
 * const { X, y, beta } = demoData(1);
 */
export function demoData(seed: number, n = 400, p = 20): DemoData {
  const rng = createGenerator(seed, 'demo');
  const beta = new Float64Array(p);
  [1.5, -1, 0.75, -0.5, 0.25].forEach((b, j) => {
    if (j < p) beta[j] = b;
  });
  const X = matrix(n, p);
  rng.fillNormal(X.data);
  const y = matvec(X, beta);
  for (let i = 0; i < n; i++) y[i] += rng.normal();
  return { X, y, beta };
}
