/**
 * The inverse Gram matrix `G = (XᵀX)⁻¹` of a design with p < n, shared by the
 * unknown-covariance inference (METHOD §3) and ordinary least squares, with
 * errors that name constant and collinear columns.
 *
 * @module
 */
import { DimensionError, NumericalError } from '../errors.js';
import { type Matrix, cholesky, choleskyInverse, column, diagonal, gram, scaleColumns, scaleRows, symmetricEigen, symmetricEigenvalues } from '../linalg/index.js';

/** The Gram inverse of a design and its conditioning. */
export interface DesignGram {
  /** `G = (XᵀX)⁻¹`, p×p. */
  readonly inverse: Matrix;
  /**
   * Condition number `κ = √(s_max/s_min)` of the design with columns scaled to
   * unit length (Belsley, Kuh and Welsch): 1 for orthogonal columns, above 30
   * for strong collinearity.
   */
  readonly conditionNumber: number;
}

/** Smallest allowed `s_min/s_max` of the column-scaled Gram matrix (κ below 10⁶). */
const COLLINEARITY_RATIO = 1e-12;

/**
 * Scaled condition number of a design from its Gram matrix, the column-scaled
 * Gram matrix C, and whether C is numerically singular.
 */
function conditioning(XtX: Matrix): { kappa: number; scaled: Matrix; collinear: boolean } {
  const p = XtX.rows;
  const inv = diagonal(XtX).map((v) => 1 / Math.sqrt(v));
  const scaled = scaleColumns(scaleRows(XtX, inv), inv);
  const values = symmetricEigenvalues(scaled);
  const smin = Math.max(values[0]!, 0), smax = values[p - 1]!;
  const kappa = smin > 0 ? Math.sqrt(smax / smin) : Infinity;
  return { kappa, scaled, collinear: !(smin > COLLINEARITY_RATIO * smax) };
}

/** The columns that load on the near-null direction of the column-scaled Gram matrix C (its first eigenvector). */
function collinearTerms(scaled: Matrix, terms: readonly string[]): string[] {
  const nullDirection = column(symmetricEigen(scaled).vectors, 0);
  const load = terms.map((term, j) => ({ term, v: Math.abs(nullDirection[j]!) }));
  return load.sort((a, b) => b.v - a.v).filter(({ v }) => v > 0.05).map(({ term }) => term);
}

/**
 * `G = (XᵀX)⁻¹` for a design X (n×p, p < n) in `O(np² + p³)`, and its scaled
 * condition number. Throws a {@link DimensionError} when p ≥ n and a
 * {@link NumericalError} naming the columns when a column is constant zero or
 * the columns are collinear. `purpose` and `remedy` word the p ≥ n error
 * (what needs p < n, and what to do instead).
 *
 * @example
 * const { inverse, conditionNumber } = designGramInverse(X, ['cylinders', 'weight']);
 */
export function designGramInverse(X: Matrix, terms: readonly string[], purpose = 'this computation', remedy = 'use fewer columns (--columns)'): DesignGram {
  const n = X.rows, p = X.cols;
  if (p >= n) {
    throw new DimensionError(`${purpose} needs fewer columns than rows, but p = ${p} ≥ n = ${n}; ${remedy}`);
  }
  const XtX = gram(X);
  const dg = diagonal(XtX);
  const zero = terms.filter((_, j) => !(dg[j]! > 0));
  if (zero.length > 0) {
    throw new NumericalError(`column${zero.length > 1 ? 's' : ''} ${zero.join(', ')} ${zero.length > 1 ? 'are' : 'is'} identically zero (constant before centering); remove ${zero.length > 1 ? 'them' : 'it'} with --columns`);
  }
  const { kappa, scaled, collinear } = conditioning(XtX);
  const involved = collinear ? collinearTerms(scaled, terms) : [];
  if (involved.length > 0) {
    throw new NumericalError(
      `columns ${involved.join(', ')} are collinear (a combination of them is numerically zero; scaled condition number ${kappa === Infinity ? '∞' : kappa.toExponential(1)}); drop one of them with --columns`,
    );
  }
  const { L } = cholesky(XtX, 'XᵀX');
  return { inverse: choleskyInverse(L), conditionNumber: kappa };
}

/**
 * Scaled condition number `κ = √(s_max/s_min)` of X with its columns scaled to
 * unit length (Belsley, Kuh and Welsch): 1 for orthogonal columns, above 30 for
 * strong collinearity, `Infinity` when a column is zero or p ≥ n makes XᵀX singular.
 *
 * @example
 * scaledConditionNumber(X); // e.g. 10.4
 */
export function scaledConditionNumber(X: Matrix): number {
  const XtX = gram(X);
  if (X.cols >= X.rows || diagonal(XtX).some((v) => !(v > 0))) return Infinity;
  return conditioning(XtX).kappa;
}
