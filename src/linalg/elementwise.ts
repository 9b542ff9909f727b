/**
 * Entrywise maps of a matrix.
 *
 * @module
 */
import { type Matrix, matrix } from './matrix.js';

/**
 * Applies two scalar functions to every entry of U in one pass:
 * `(F_ij, G_ij) = (f(U_ij), g(U_ij))` (features Φ and Φ' from pre-activations).
 *
 * @example
 * const [Phi, dPhi] = mapPair(U, relu.f, relu.df);
 */
export function mapPair(U: Matrix, f: (t: number) => number, g: (t: number) => number): [Matrix, Matrix] {
  const F = matrix(U.rows, U.cols);
  const G = matrix(U.rows, U.cols);
  const u = U.data, a = F.data, b = G.data;
  for (let i = 0; i < u.length; i++) {
    const t = u[i]!;
    a[i] = f(t);
    b[i] = g(t);
  }
  return [F, G];
}

/**
 * Applies a scalar function to every entry of U, in a new matrix.
 *
 * @example
 * const Phi = mapEntries(U, Math.tanh);
 */
export function mapEntries(U: Matrix, f: (t: number) => number): Matrix {
  const F = matrix(U.rows, U.cols);
  const u = U.data, a = F.data;
  for (let i = 0; i < u.length; i++) a[i] = f(u[i]!);
  return F;
}

/**
 * Multiplies every entry of A by s, in place. Returns A.
 *
 * @example
 * scale(W, 1 / Math.sqrt(p));
 */
export function scale(A: Matrix, s: number): Matrix {
  const a = A.data;
  for (let i = 0; i < a.length; i++) a[i] *= s;
  return A;
}

/**
 * Normalizes each row of A to unit Euclidean norm, in place. Returns A.
 *
 * @example
 * normalizeRows(G); // rows uniform on the sphere when G is Gaussian
 */
export function normalizeRows(A: Matrix): Matrix {
  const { rows: r, cols: c, data: a } = A;
  for (let i = 0; i < r; i++) {
    let s = 0;
    for (let j = 0; j < c; j++) s += a[i * c + j]! * a[i * c + j]!;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < c; j++) a[i * c + j] *= inv;
  }
  return A;
}
