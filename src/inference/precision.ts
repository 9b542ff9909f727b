/**
 * The known covariance of the rows of X, given as the identity, a precision
 * matrix `Ω = Σ⁻¹` or a covariance matrix Σ (then factorized, never inverted),
 * exposed through the three operations the inference needs.
 *
 * @module
 */
import { DimensionError, InvalidArgumentError, NumericalError } from '../errors.js';
import {
  type CholeskyFactor,
  type Matrix,
  cholesky,
  choleskyInverseDiagonal,
  choleskySolveVector,
  diagonal,
  dot,
  matvec,
  solveLower,
  matrix,
  norm2,
} from '../linalg/index.js';
import { requireAccuracy } from '../estimator/accuracy.js';
import { type MatrixInput, asMatrix } from '../validate/inputs.js';

/**
 * How the covariance of the rows of X is known (METHOD §1–3): `"identity"`
 * (Σ = I), `{ precision: Ω }`, `{ covariance: Σ }`, or `"unknown"` (estimated
 * from X, METHOD §3).
 */
export type CovarianceInput = 'identity' | 'unknown' | { precision: MatrixInput } | { covariance: MatrixInput };

/** The precision `Ω = Σ⁻¹` as operations: `Ωv`, `diag Ω`, `aᵀΩa`. */
export interface PrecisionOperator {
  /** How Σ was given. */
  readonly kind: 'identity' | 'precision' | 'covariance';
  /** `Ω v`. */
  apply(v: Float64Array): Float64Array;
  /** `Ω_jj` for every j. */
  readonly diagonal: Float64Array;
  /** `aᵀ Ω a`. */
  quadratic(a: ArrayLike<number>): number;
  /**
   * Reciprocal condition estimate of the solves with Σ (`kind` `"covariance"`,
   * see `CholeskyFactor.rcond`); 1 when Ω is applied directly.
   */
  readonly rcond: number;
}

function checkSymmetric(A: Matrix, name: string): void {
  let big = 0;
  for (const v of A.data) big = Math.max(big, Math.abs(v));
  const n = A.rows;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(A.data[i * n + j]! - A.data[j * n + i]!) > 1e-10 * big) {
        throw new InvalidArgumentError(`${name} is not symmetric (entries (${i + 1},${j + 1}) and (${j + 1},${i + 1}) differ); give a symmetric positive definite matrix`);
      }
    }
  }
}

function positiveDefinite(A: Matrix, name: string): CholeskyFactor {
  try {
    return cholesky(A, name);
  } catch (e) {
    if (e instanceof NumericalError) throw new NumericalError(`${e.message}; give a symmetric positive definite p×p matrix`);
    throw e;
  }
}

/**
 * Builds the {@link PrecisionOperator} for p coordinates. A precision matrix is
 * used as given (checked symmetric positive definite); a covariance matrix Σ is
 * Cholesky-factorized, `Ωv` is a solve and `Ω_jj = ‖L⁻¹e_j‖²`.
 *
 * @example
 * const omega = precisionOperator({ covariance: Sigma }, p);
 * omega.apply(v); omega.diagonal; omega.quadratic(a);
 */
export function precisionOperator(spec: Exclude<CovarianceInput, 'unknown'>, p: number): PrecisionOperator {
  if (spec === 'identity') {
    return {
      kind: 'identity',
      apply: (v) => v.slice(),
      diagonal: new Float64Array(p).fill(1),
      quadratic: (a) => dot(a, a),
      rcond: 1,
    };
  }
  const isPrecision = 'precision' in spec;
  const name = isPrecision ? 'precision matrix' : 'covariance matrix';
  const A = asMatrix(isPrecision ? spec.precision : spec.covariance, name);
  if (A.rows !== p || A.cols !== p) throw new DimensionError(`${name} is ${A.rows}×${A.cols} but the data have p = ${p} columns; it must be p×p`);
  checkSymmetric(A, name);
  const factor = positiveDefinite(A, name);
  if (isPrecision) {
    return { kind: 'precision', apply: (v) => matvec(A, v), diagonal: diagonal(A), quadratic: (a) => dot(a, matvec(A, a)), rcond: 1 };
  }
  requireAccuracy(factor.rcond, name, 'give the precision matrix Ω = Σ⁻¹ instead (precision:FILE), or remove nearly collinear columns');
  const { L } = factor;
  return {
    kind: 'covariance',
    rcond: factor.rcond,
    apply: (v) => choleskySolveVector(L, v),
    diagonal: choleskyInverseDiagonal(L),
    quadratic: (a) => {
      const z = solveLower(L, matrix(p, 1, Float64Array.from(a))).data;
      const r = norm2(z);
      return r * r;
    },
  };
}
