/**
 * Entrywise maps of a matrix.
 *
 * @module
 */
import { DimensionError } from '../errors.js';
import { gemmView, getEngine, put, scratch, tr } from './engine.js';
import { type Matrix, matrix } from './matrix.js';

/** Fills F and G with f and g of the r·c doubles of `u` starting at `off`. */
function mapPairFrom(u: Float64Array, off: number, rows: number, cols: number, f: (t: number) => number, g: (t: number) => number): [Matrix, Matrix] {
  const F = matrix(rows, cols);
  const G = matrix(rows, cols);
  const a = F.data, b = G.data;
  for (let i = 0; i < a.length; i++) {
    const t = u[off + i]!;
    a[i] = f(t);
    b[i] = g(t);
  }
  return [F, G];
}

/**
 * Applies two scalar functions to every entry of U in one pass:
 * `(F_ij, G_ij) = (f(U_ij), g(U_ij))` (features Φ and Φ' from pre-activations).
 *
 * @example
 * const [Phi, dPhi] = mapPair(U, relu.f, relu.df);
 */
export function mapPair(U: Matrix, f: (t: number) => number, g: (t: number) => number): [Matrix, Matrix] {
  return mapPairFrom(U.data, 0, U.rows, U.cols, f, g);
}

/**
 * `(F, G) = (f(A Bᵀ), g(A Bᵀ))` entrywise, with the product `A Bᵀ` (A is m×k,
 * B is n×k) kept in the engine's scratch memory and never materialized as a
 * matrix: the features `Φ = φ(XWᵀ)`, `Φ' = φ'(XWᵀ)` of METHOD §1 in one pass.
 *
 * @example
 * const [Phi, dPhi] = mapPairTransB(X, W, relu.f, relu.df);
 */
export function mapPairTransB(A: Matrix, B: Matrix, f: (t: number) => number, g: (t: number) => number): [Matrix, Matrix] {
  if (A.cols !== B.cols) throw new DimensionError(`mapPairTransB: shapes ${A.rows}×${A.cols} and ${B.rows}×${B.cols} do not fit`);
  const e = getEngine();
  return e.scoped(() => {
    const U = scratch(A.rows, B.rows);
    gemmView(U, put(A.data, A.rows, A.cols), tr(put(B.data, B.rows, B.cols)), { overwrite: true });
    return mapPairFrom(e.f64, U.off, A.rows, B.rows, f, g);
  });
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
