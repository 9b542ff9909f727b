/**
 * Cholesky factorization `A = L Lᵀ` of a symmetric positive definite matrix and
 * the solves built on it: triangular solves with many right-hand sides, SPD
 * solves, the inverse, its diagonal and trace.
 *
 * @module
 */
import { DimensionError, NumericalError } from '../errors.js';
import { type Matrix, assertSquare, matrix } from './matrix.js';
import { equilibratedCondition } from './condition.js';
import { gram } from './products.js';

/** Cholesky factor: lower-triangular L with `A = L Lᵀ` (upper triangle zero). */
export interface CholeskyFactor {
  /** The lower-triangular factor, n×n row-major. */
  readonly L: Matrix;
  /**
   * Reciprocal condition estimate `1/κ₁(Ã)` of the equilibrated matrix
   * `Ã = D A D`, `D = diag(A)^{-1/2}` (see {@link equilibratedCondition}):
   * a solve loses about `log₁₀(1/rcond)` of its 16 digits, so values near
   * machine epsilon mean the solves are noise.
   */
  readonly rcond: number;
}

/**
 * Cholesky factorization `A = L Lᵀ` (row-oriented, in a new matrix). Throws a
 * {@link NumericalError} naming `what` when A is not (numerically) positive
 * definite.
 *
 * @example
 * const { L } = cholesky(fromRows([[4, 2], [2, 3]]));
 */
export function cholesky(A: Matrix, what = 'matrix'): CholeskyFactor {
  assertSquare(A, 'cholesky');
  const n = A.rows;
  const L = matrix(n, n);
  const a = A.data, l = L.data;
  for (let i = 0; i < n; i++) {
    const li = i * n;
    for (let j = 0; j <= i; j++) {
      const lj = j * n;
      let s = a[li + j]!;
      for (let t = 0; t < j; t++) s -= l[li + t]! * l[lj + t]!;
      if (i === j) {
        if (!(s > 0) || !Number.isFinite(s)) {
          throw new NumericalError(`${what} is not positive definite (Cholesky pivot ${i + 1} of ${n} is ${s <= 0 ? 'not positive' : 'not finite'})`);
        }
        l[li + i] = Math.sqrt(s);
      } else {
        l[li + j] = s / l[lj + j]!;
      }
    }
  }
  return { L, rcond: 1 / equilibratedCondition(A, (b) => choleskySolveVector(L, b)) };
}

function checkRhs(L: Matrix, B: Matrix, op: string): void {
  if (B.rows !== L.rows) throw new DimensionError(`${op}: factor is ${L.rows}×${L.cols} but right-hand side has ${B.rows} rows`);
}

/**
 * Solves `L X = B` for lower-triangular L and many right-hand sides (B is n×k).
 *
 * @example
 * solveLower(L, B);
 */
export function solveLower(L: Matrix, B: Matrix): Matrix {
  checkRhs(L, B, 'solveLower');
  const n = L.rows, k = B.cols;
  const X = matrix(n, k, B.data.slice());
  const l = L.data, x = X.data;
  for (let i = 0; i < n; i++) {
    const xi = i * k;
    for (let t = 0; t < i; t++) {
      const lit = l[i * n + t]!;
      if (lit === 0) continue;
      const xt = t * k;
      for (let j = 0; j < k; j++) x[xi + j] -= lit * x[xt + j]!;
    }
    const inv = 1 / l[i * n + i]!;
    for (let j = 0; j < k; j++) x[xi + j] *= inv;
  }
  return X;
}

/**
 * Solves `Lᵀ X = B` for lower-triangular L and many right-hand sides (B is n×k).
 *
 * @example
 * solveLowerTranspose(L, solveLower(L, B)); // A⁻¹B
 */
export function solveLowerTranspose(L: Matrix, B: Matrix): Matrix {
  checkRhs(L, B, 'solveLowerTranspose');
  const n = L.rows, k = B.cols;
  const X = matrix(n, k, B.data.slice());
  const l = L.data, x = X.data;
  for (let i = n - 1; i >= 0; i--) {
    const xi = i * k;
    const inv = 1 / l[i * n + i]!;
    for (let j = 0; j < k; j++) x[xi + j] *= inv;
    // eliminate x_i from the rows above: row t gets − L_it x_i
    for (let t = 0; t < i; t++) {
      const lit = l[i * n + t]!;
      if (lit === 0) continue;
      const xt = t * k;
      for (let j = 0; j < k; j++) x[xt + j] -= lit * x[xi + j]!;
    }
  }
  return X;
}

/**
 * Solves `A X = B` given the Cholesky factor of the SPD matrix A.
 *
 * @example
 * const X = choleskySolve(cholesky(A).L, B);
 */
export function choleskySolve(L: Matrix, B: Matrix): Matrix {
  return solveLowerTranspose(L, solveLower(L, B));
}

/**
 * Solves `A x = b` for one right-hand side given the Cholesky factor of A.
 *
 * @example
 * const alpha = choleskySolveVector(L, PhiTy);
 */
export function choleskySolveVector(L: Matrix, b: ArrayLike<number>): Float64Array {
  return choleskySolve(L, matrix(b.length, 1, Float64Array.from(b))).data;
}

/**
 * Inverse of the lower-triangular factor, `L⁻¹` (lower-triangular).
 *
 * @example
 * const Linv = triangularInverse(L);
 */
export function triangularInverse(L: Matrix): Matrix {
  const n = L.rows;
  const I = matrix(n, n);
  for (let i = 0; i < n; i++) I.data[i * n + i] = 1;
  return solveLower(L, I);
}

/**
 * Inverse `A⁻¹ = L⁻ᵀ L⁻¹` of an SPD matrix from its Cholesky factor.
 *
 * @example
 * const Kinv = choleskyInverse(cholesky(K).L);
 */
export function choleskyInverse(L: Matrix): Matrix {
  return gram(triangularInverse(L));
}

/**
 * Diagonal of `A⁻¹` from the Cholesky factor of A:
 * `(A⁻¹)_jj = Σ_i ((L⁻¹)_ij)²` (column sums of squares of `L⁻¹`).
 *
 * @example
 * const d = choleskyInverseDiagonal(L); // (K⁻¹)_ii, and its sum is tr K⁻¹
 */
export function choleskyInverseDiagonal(L: Matrix): Float64Array {
  const n = L.rows;
  const Linv = triangularInverse(L).data;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = Linv[i * n + j]!;
      out[j] += v * v;
    }
  }
  return out;
}
