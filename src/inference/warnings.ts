/**
 * Checks on an inference before it is reported: refusals when a number would
 * be meaningless (zero or non-finite standard errors), and warnings when it is
 * computed but deserves caution (lost digits, few residual degrees of freedom,
 * ratios outside the regime validated by simulation, rows of X that do not
 * look like draws with the stated covariance, degenerate features).
 * docs/edge-cases.md lists what rfci does in each case.
 *
 * @module
 */
import { accuracyWarning } from '../estimator/accuracy.js';
import type { FittedNetwork } from '../estimator/network.js';
import { NumericalError } from '../errors.js';
import { type FilterFittedNetwork, isFilterFit } from '../training/filterRegression.js';
import { constantColumns } from '../linalg/index.js';
import type { CoefficientRow } from './intervals.js';
import type { PrecisionOperator } from './precision.js';

/**
 * The regime in which METHOD §7 checked the intervals by simulation (coverage
 * at n = 400–800, p/n = 0.25–0.5, d/n = 0.75–2; predicted against simulated
 * standard errors for d/n = 0.25–3). Outside it rfci still answers, with a
 * warning.
 */
export const VALIDATED_REGIME = {
  /** Below this n a warning says the normal approximation is asymptotic. */
  minN: 100,
  /** Smallest validated p/n (at p/n = 0.05, n = 400 the coverage engine measures about 0.935 with pivot sd 1.08). */
  minPOverN: 0.25,
  /** Largest validated p/n. */
  maxPOverN: 0.5,
  /** Smallest validated d/n. */
  minDOverN: 0.25,
  /** Largest validated d/n. */
  maxDOverN: 3,
  /** Below this fraction `(n − df)/n` a warning says few residual degrees of freedom remain. */
  minResidualDfFraction: 0.05,
} as const;

/** A network fitted by ridge ({@link FittedNetwork}, METHOD §2) or by a spectral filter ({@link FilterFittedNetwork}, METHOD §4). */
export type AnyFit = FittedNetwork | FilterFittedNetwork;

/** At most this many rows enter the covariance check (evenly spaced, deterministic). */
const COVARIANCE_CHECK_ROWS = 1000;

const fmt = (x: number): string => Number(x.toPrecision(3)).toString();

function regimeWarnings(fit: AnyFit): string[] {
  const { n, p, d } = fit;
  const R = VALIDATED_REGIME;
  const out: string[] = [];
  if (n < R.minN) {
    out.push(`n = ${n} is small: the intervals rest on a normal approximation that is asymptotic in n, p and d (METHOD §7 checks coverage at n ≥ 400)`);
  }
  if (p / n < R.minPOverN) {
    out.push(
      `p/n = ${fmt(p / n)} is below ${R.minPOverN}, the smallest ratio validated by simulation (METHOD §7); ` +
        'at small p/n the intervals can under-cover slightly: check this setting with rfci coverage',
    );
  }
  if (p / n > R.maxPOverN) {
    out.push(`p/n = ${fmt(p / n)} is above ${R.maxPOverN}, the largest ratio validated by simulation (METHOD §7); coverage there is unchecked`);
  }
  if (d / n < R.minDOverN || d / n > R.maxDOverN) {
    out.push(`d/n = ${fmt(d / n)} is outside ${R.minDOverN}–${R.maxDOverN}, the widths validated by simulation (METHOD §7); coverage there is unchecked`);
  }
  // At λ → 0 with d ≥ n the dual ridge formulas define ψ̃ without dividing by n − df (METHOD §2): that interpolating regime is
  // validated; a filter fit (gradient flow or descent) always divides by n − df.
  if (fit.residualDf < R.minResidualDfFraction * n && (fit.d < n || isFilterFit(fit))) {
    out.push(
      `n − df = ${fmt(fit.residualDf)} is small relative to n = ${n}: the network nearly interpolates the data (d close to n, small λ), ` +
        'so the standard errors rest on few residual degrees of freedom; a larger --lambda or a smaller --width is safer',
    );
  }
  return out;
}

function featureWarnings(fit: AnyFit): string[] {
  const constant = constantColumns(fit.features.phi);
  if (constant.length === 0) return [];
  const phi = fit.features.phi.data;
  const zero = constant.filter((k) => phi[k] === 0).length;
  if (zero === fit.d) {
    return [
      `all ${fit.d} features are zero on every row (e.g. relu with every pre-activation negative): the network is identically 0 ` +
        'and the estimates reduce to ΩXᵀy/n; check the scale and centering of X',
    ];
  }
  return [
    `${constant.length} of ${fit.d} features are constant on every row (${zero} of them zero, e.g. dead relu units): ` +
      'the effective width is smaller than d',
  ];
}

/**
 * `(1/(mp)) Σ_i x_iᵀ Ω x_i` over m evenly spaced rows: about 1 when the rows
 * of X have covariance `Σ = Ω⁻¹` (standard deviation `√(2/(mp))` for
 * Gaussian rows).
 *
 * @example
 * covarianceFitRatio(fitted, precisionOperator('identity', fitted.p)); // ≈ 1 for standardized X
 */
export function covarianceFitRatio(
  fit: AnyFit,
  omega: PrecisionOperator,
): {
  /** $\frac{1}{mp}\sum_i x_i^\top\Omega x_i$ over the m rows used. */
  ratio: number;
  /** The number m of rows used. */
  rows: number;
} {
  const { n, p } = fit;
  const m = Math.min(n, COVARIANCE_CHECK_ROWS);
  let sum = 0;
  for (let k = 0; k < m; k++) {
    const i = Math.floor((k * n) / m);
    sum += omega.quadratic(fit.X.data.subarray(i * p, (i + 1) * p));
  }
  return { ratio: sum / (m * p), rows: m };
}

function covarianceWarnings(fit: AnyFit, omega: PrecisionOperator): string[] {
  const out: string[] = [];
  const { ratio, rows } = covarianceFitRatio(fit, omega);
  if (Math.abs(ratio - 1) > Math.max(0.5, 5 * Math.sqrt(2 / (rows * fit.p)))) {
    out.push(
      `the rows of X do not look like draws with the stated covariance (${omega.kind}): the average of xᵢᵀΩxᵢ/p is ${fmt(ratio)}, ` +
        'expected about 1; standardize the columns of X or give their covariance (precision:FILE or matrix:FILE)',
    );
  }
  if (omega.kind === 'covariance') {
    const w = accuracyWarning(omega.rcond, 'the covariance matrix Σ', 'giving the precision Ω = Σ⁻¹ avoids the solves');
    if (w !== undefined) out.push(w);
  }
  return out;
}

function ridgeAccuracyWarning(fit: FittedNetwork): string | undefined {
  const what = fit.form === 'primal' ? 'the ridge system ΦᵀΦ + nλI' : 'the ridge system ΦΦᵀ + nλI';
  // the primal form computes n − df = n − Σh_i, which loses a further log₁₀(n/(n − df)) digits
  const rcond = fit.form === 'primal' ? fit.factor.rcond * Math.min(1, fit.residualDf / fit.n) : fit.factor.rcond;
  return accuracyWarning(rcond, what, 'a larger --lambda improves this');
}

/**
 * Warnings for an inference from `fit` with precision `omega` (omit it when
 * Σ is estimated): lost digits in the ridge system or in Σ, few residual
 * degrees of freedom, n, p/n or d/n outside {@link VALIDATED_REGIME}, rows of X
 * that do not match the stated covariance, constant or zero features.
 *
 * @example
 * inferenceWarnings(fitted, precisionOperator('identity', fitted.p)); // [] in the validated regime
 */
export function inferenceWarnings(fit: AnyFit, omega?: PrecisionOperator): string[] {
  const accuracy = isFilterFit(fit)
    ? // the filter estimate divides quantities that cancel to O(n − df): about 2·log₁₀(n/(n − df)) digits are lost
      accuracyWarning((fit.residualDf / fit.n) ** 2, 'the trained network (n − df close to 0)', 'stop training earlier or use a positive --lambda')
    : ridgeAccuracyWarning(fit);
  return [
    ...(accuracy !== undefined ? [accuracy] : []),
    ...regimeWarnings(fit),
    ...featureWarnings(fit),
    ...(omega !== undefined ? covarianceWarnings(fit, omega) : []),
  ];
}

/**
 * Refuses rows that would print as noise: a non-finite estimate or standard
 * error (overflow), or a standard error of 0 (residuals identically zero, e.g.
 * a constant response, or a contrast that underflows). Throws a
 * {@link NumericalError} naming the term and the fix.
 *
 * @example
 * checkRows([coefficientRow('x1', 0.8, 0.2, 0.95)]); // passes
 */
export function checkRows(rows: readonly CoefficientRow[]): void {
  for (const { term, estimate, stdError } of rows) {
    if (!Number.isFinite(estimate) || !Number.isFinite(stdError)) {
      throw new NumericalError(
        `the estimate or standard error of ${term} is not finite (${estimate}, ${stdError}): the computation overflowed; rescale y and the columns of X (e.g. standardize them)`,
      );
    }
    if (!(stdError > 0)) {
      throw new NumericalError(
        `the standard error of ${term} is 0: the residuals are all zero (the network reproduces y exactly, e.g. y is constant) ` +
          'or the values underflow; check the response and rescale tiny values',
      );
    }
  }
}
