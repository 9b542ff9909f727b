/**
 * Cholesky factorization `A = L Lᵀ` of a symmetric positive definite matrix and
 * the solves built on it: triangular solves with many right-hand sides, SPD
 * solves, the inverse, its diagonal and trace.
 *
 * @module
 */
import { DimensionError, NumericalError } from '../errors.js';
import { equilibratedCondition } from './condition.js';
import { type View, choleskyInPlace, getEngine, put, solveTriangularView, take, tr } from './engine.js';
import { type Matrix, assertSquare, identity, matrix } from './matrix.js';
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
 * Cholesky factorization `A = L Lᵀ` (blocked right-looking: unblocked
 * diagonal blocks, panel products with their inverses and a symmetric
 * rank-k update of the trailing matrix on the product kernel), in a new
 * matrix; only the lower triangle of A is read. Throws a
 * {@link NumericalError} naming `what` when A is not (numerically) positive
 * definite.
 *
 * @example
 * const { L } = cholesky(fromRows([[4, 2], [2, 3]]));
 */
export function cholesky(A: Matrix, what = 'matrix'): CholeskyFactor {
  assertSquare(A, 'cholesky');
  const n = A.rows;
  const L = getEngine().scoped(() => {
    const V = put(A.data, n, n);
    choleskyInPlace(V, what);
    return matrix(n, n, take(V));
  });
  return { L, rcond: 1 / equilibratedCondition(A, (b) => choleskySolveVector(L, b)) };
}

function checkRhs(L: Matrix, B: Matrix, op: string): void {
  if (B.rows !== L.rows) throw new DimensionError(`${op}: factor is ${L.rows}×${L.cols} but right-hand side has ${B.rows} rows`);
}

/** Runs blocked triangular solves on copies of L and B in engine memory; returns X. */
function solveWith(L: Matrix, B: Matrix, steps: (L: View, R: View) => void): Matrix {
  return getEngine().scoped(() => {
    const R = put(B.data, B.rows, B.cols);
    steps(put(L.data, L.rows, L.cols), R);
    return matrix(B.rows, B.cols, take(R));
  });
}

/**
 * Solves `L X = B` for lower-triangular L and many right-hand sides (B is n×k),
 * blocked: `X_J = L_JJ⁻¹ (B_J − L_J,<J X_<J)` with the products on the
 * threaded SIMD kernel.
 *
 * @example
 * solveLower(L, B);
 */
export function solveLower(L: Matrix, B: Matrix): Matrix {
  checkRhs(L, B, 'solveLower');
  return solveWith(L, B, (Lv, R) => solveTriangularView(Lv, R, false));
}

/**
 * Solves `Lᵀ X = B` for lower-triangular L and many right-hand sides (B is n×k),
 * blocked like {@link solveLower}.
 *
 * @example
 * solveLowerTranspose(L, solveLower(L, B)); // A⁻¹B
 */
export function solveLowerTranspose(L: Matrix, B: Matrix): Matrix {
  checkRhs(L, B, 'solveLowerTranspose');
  return solveWith(L, B, (Lv, R) => solveTriangularView(tr(Lv), R, true));
}

/**
 * Solves `A X = B` given the Cholesky factor of the SPD matrix A:
 * `X = L⁻ᵀ (L⁻¹ B)`.
 *
 * @example
 * const X = choleskySolve(cholesky(A).L, B);
 */
export function choleskySolve(L: Matrix, B: Matrix): Matrix {
  checkRhs(L, B, 'choleskySolve');
  return solveWith(L, B, (Lv, R) => {
    solveTriangularView(Lv, R, false);
    solveTriangularView(tr(Lv), R, true);
  });
}

/**
 * Solves `X A = R` given the Cholesky factor of the SPD matrix A, i.e.
 * `X = R A⁻¹ = R L⁻ᵀ L⁻¹`, each row of R a right-hand side (R is m×n), without
 * transposing R. With R = Φ and A = ΦᵀΦ + nλI this is `B = ΦM⁻¹` of METHOD §2.
 *
 * @example
 * const B = choleskySolveRows(cholesky(M).L, Phi); // Φ M⁻¹
 */
export function choleskySolveRows(L: Matrix, R: Matrix): Matrix {
  if (R.cols !== L.rows) throw new DimensionError(`choleskySolveRows: factor is ${L.rows}×${L.cols} but right-hand sides have ${R.cols} columns`);
  return getEngine().scoped(() => {
    const X = put(R.data, R.rows, R.cols);
    const Lv = put(L.data, L.rows, L.cols);
    solveTriangularView(Lv, tr(X), false);
    solveTriangularView(tr(Lv), tr(X), true);
    return matrix(R.rows, R.cols, take(X));
  });
}

/**
 * Solves `A x = b` for one right-hand side given the Cholesky factor of A, by
 * forward and back substitution (`O(n²)`).
 *
 * @example
 * const alpha = choleskySolveVector(L, PhiTy);
 */
export function choleskySolveVector(L: Matrix, b: ArrayLike<number>): Float64Array {
  const n = L.rows, l = L.data;
  if (b.length !== n) throw new DimensionError(`choleskySolveVector: factor is ${n}×${n} but right-hand side has length ${b.length}`);
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let s = x[i]!;
    for (let t = 0; t < i; t++) s -= l[i * n + t]! * x[t]!;
    x[i] = s / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    const xi = (x[i] = x[i]! / l[i * n + i]!);
    for (let t = 0; t < i; t++) x[t] -= l[i * n + t]! * xi;
  }
  return x;
}

/**
 * Inverse of the lower-triangular factor, `L⁻¹` (lower-triangular), by the
 * blocked solve `L X = I` skipping the known zeros (`n³/3` flops).
 *
 * @example
 * const Linv = triangularInverse(L);
 */
export function triangularInverse(L: Matrix): Matrix {
  const n = L.rows;
  return solveWith(L, identity(n), (Lv, R) => solveTriangularView(Lv, R, false, true));
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
