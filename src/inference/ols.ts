/**
 * Ordinary least squares on the same design as the network: the classical
 * estimates, standard errors and t intervals printed beside the network's so a
 * user sees where the two disagree.
 *
 * @module
 */
import { DimensionError } from '../errors.js';
import { diagonal, matTvec, matvec, norm2 } from '../linalg/index.js';
import { studentTQuantile, twoSidedTPValue } from '../special/studentT.js';
import { type MatrixInput, asMatrix, asVector, checkLevel } from '../validate/inputs.js';
import { designGramInverse } from './designGram.js';
import { type CoefficientRow, defaultTerms, intervalRow } from './intervals.js';

/** Options of {@link ordinaryLeastSquares}. */
export interface OlsOptions {
  /** Confidence level. Default 0.95. */
  level?: number;
  /** Term names, one per column. Default `x1, …, xp`. */
  terms?: readonly string[];
  /**
   * Whether an intercept was estimated before (y and X centered): then the
   * residual degrees of freedom are `n − p − 1`, otherwise `n − p`. Default false.
   */
  centered?: boolean;
}

/** Classical least-squares inference: plain data, one row per term. */
export interface OlsInference {
  /** Level of the intervals. */
  readonly level: number;
  /** Residual degrees of freedom `n − p` (or `n − p − 1` when centered). */
  readonly residualDf: number;
  /** `σ̂ = √(RSS / residualDf)`. */
  readonly sigma: number;
  /** The t quantile `t_{residualDf}(1 − a/2)` of the intervals. */
  readonly quantile: number;
  /** Fitted coefficients `β̂ = (XᵀX)⁻¹Xᵀy`. */
  readonly beta: Float64Array;
  /** One row per term: estimate, `se_j = σ̂√G_jj`, t statistic, p-value, t interval. */
  readonly coefficients: CoefficientRow[];
}

/**
 * Ordinary least squares `β̂ = (XᵀX)⁻¹Xᵀy`, `σ̂² = RSS/(n − p)` (`n − p − 1`
 * after centering, which estimated an intercept), `se_j = σ̂√((XᵀX)⁻¹)_jj`,
 * intervals `β̂_j ± t_{df}(1 − a/2) se_j` and two-sided t p-values. Needs
 * p < n and columns that are not collinear (errors name them).
 *
 * @example
 * const ols = ordinaryLeastSquares(X, y, { terms: ['weight', 'horsepower'], centered: true });
 * ols.coefficients[0]; // { term: 'weight', estimate, stdError, statistic, pValue, lower, upper }
 */
export function ordinaryLeastSquares(Xin: MatrixInput, yin: ArrayLike<number>, options: OlsOptions = {}): OlsInference {
  const X = asMatrix(Xin, 'X');
  const n = X.rows, p = X.cols;
  const y = asVector(yin, 'y', n);
  const level = checkLevel(options.level ?? 0.95);
  const terms = options.terms ?? defaultTerms(p);
  if (terms.length !== p) throw new DimensionError(`${terms.length} term names given for p = ${p} columns`);
  const residualDf = n - p - (options.centered ? 1 : 0);
  const { inverse: G } = designGramInverse(X, terms, 'least squares', 'use fewer columns (--columns)');
  if (residualDf < 1) throw new DimensionError(`least squares needs n − p${options.centered ? ' − 1' : ''} ≥ 1 residual degrees of freedom, got ${residualDf}; use fewer columns`);
  const beta = matvec(G, matTvec(X, y));
  const fitted = matvec(X, beta);
  const sigma = norm2(y.map((v, i) => v - fitted[i]!)) / Math.sqrt(residualDf);
  const quantile = studentTQuantile(1 - (1 - level) / 2, residualDf);
  const g = diagonal(G);
  const coefficients = terms.map((term, j) =>
    intervalRow(term, beta[j]!, sigma * Math.sqrt(g[j]!), quantile, (t) => twoSidedTPValue(t, residualDf)),
  );
  return { level, residualDf, sigma, quantile, beta, coefficients };
}
