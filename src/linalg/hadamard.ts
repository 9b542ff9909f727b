/**
 * Entrywise (Hadamard) products and sums, and matrices built from a
 * function of pairs of values — the kernels of the
 * spectral-filter inference (METHOD §4).
 *
 * @module
 */
import { DimensionError } from '../errors.js';
import { type Matrix, matrix } from './matrix.js';

function sameShape(op: string, A: Matrix, B: Matrix): void {
  if (A.rows !== B.rows || A.cols !== B.cols) {
    throw new DimensionError(`${op}: shapes ${A.rows}×${A.cols} and ${B.rows}×${B.cols} differ`);
  }
}

/**
 * Hadamard product `A ∘ B` (entrywise), a new matrix.
 *
 * @example
 * hadamard(PhiT, PhiT); // Φ̃ ∘ Φ̃
 */
export function hadamard(A: Matrix, B: Matrix): Matrix {
  sameShape('hadamard', A, B);
  const C = matrix(A.rows, A.cols);
  const a = A.data, b = B.data, c = C.data;
  for (let i = 0; i < c.length; i++) c[i] = a[i]! * b[i]!;
  return C;
}

/**
 * Adds B to A in place: `A ← A + B`. Returns A.
 *
 * @example
 * addInPlace(U, V); // U + V
 */
export function addInPlace(A: Matrix, B: Matrix): Matrix {
  sameShape('addInPlace', A, B);
  const a = A.data, b = B.data;
  for (let i = 0; i < a.length; i++) a[i] += b[i]!;
  return A;
}

/**
 * The symmetric m×m matrix `F_kl = f(x_k, x_l)` for a symmetric function f,
 * evaluating f once per unordered pair (k ≤ l) — e.g. the divided differences
 * `Γ_kl = (g(s_k) − g(s_l))/(s_k − s_l)` of a spectral filter (METHOD §4).
 *
 * @example
 * pairwiseSymmetric(s, (a, b) => a * b); // s sᵀ
 */
export function pairwiseSymmetric(x: ArrayLike<number>, f: (a: number, b: number) => number): Matrix {
  const m = x.length;
  const F = matrix(m, m);
  const out = F.data;
  for (let k = 0; k < m; k++) {
    const xk = x[k]!;
    for (let l = k; l < m; l++) {
      const v = f(xk, x[l]!);
      out[k * m + l] = v;
      out[l * m + k] = v;
    }
  }
  return F;
}
