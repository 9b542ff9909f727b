/**
 * Coefficient inference for a fitted network: estimates, standard errors,
 * intervals, statistics and p-values for every coordinate of β*, and for
 * contrasts `aᵀβ*` (METHOD §2 for known Σ, §3 for unknown Σ with p < n).
 *
 * @module
 */
import { DimensionError, InvalidArgumentError, NumericalError } from '../errors.js';
import type { FittedNetwork } from '../estimator/network.js';
import type { RandomFeaturesOptions } from '../estimator/network.js';
import { dot, fromRows, norm2 } from '../linalg/index.js';
import { type MatrixInput, asVector, checkLevel } from '../validate/inputs.js';
import { type CoefficientRow, coefficientRow, defaultTerms } from './intervals.js';
import { knownCovarianceEstimates } from './knownCovariance.js';
import { filterEstimates } from '../training/filterInference.js';
import { type FilterFittedNetwork, fitWithTraining, isFilterFit } from '../training/filterRegression.js';
import { RIDGE, type TrainingInput, type TrainingRule } from '../training/rules.js';
import { type CovarianceInput, precisionOperator } from './precision.js';
import { unknownCovarianceEstimates } from './unknownCovariance.js';
import { checkRows, inferenceWarnings } from './warnings.js';

/** Options of {@link inferCoefficients}. */
export interface InferenceOptions {
  /** How the covariance of the rows of X is known. Default `"identity"`. */
  covariance?: CovarianceInput;
  /** Confidence level `1 − a`. Default 0.95. */
  level?: number;
  /** Term names, one per column of X. Default `x1, …, xp`. */
  terms?: readonly string[];
  /** Contrast vectors `a` (each of length p) for `aᵀβ*`. */
  contrasts?: ReadonlyArray<ArrayLike<number>>;
}

/** The result of coefficient inference: plain data, one row per term. */
export interface CoefficientInference {
  /** Sample size n. */
  readonly n: number;
  /** Number of coefficients p. */
  readonly p: number;
  /** Width d. */
  readonly d: number;
  /** Activation name. */
  readonly activation: string;
  /** Ridge penalty λ (the chosen one when selected by GCV). */
  readonly lambda: number;
  /** How λ was set: `"fixed"` (given) or `"gcv"` (shortest interval). */
  readonly lambdaSelection: 'fixed' | 'gcv';
  /** How the second layer was trained (METHOD §4): ridge, gradient flow or gradient descent. */
  readonly training?: TrainingRule;
  /** Confidence level. */
  readonly level: number;
  /** Primal or dual system. */
  readonly form: 'primal' | 'dual';
  /** How Σ was given. */
  readonly covariance: 'identity' | 'precision' | 'covariance' | 'unknown';
  /** Degrees of freedom of the network `df = tr H`. */
  readonly df: number;
  /** `n − df`. */
  readonly residualDf: number;
  /** Residual norm `‖ψ‖`. */
  readonly residualNorm: number;
  /** `‖ψ̃‖ = ‖ψ‖/(n − df)`. */
  readonly scaledResidualNorm: number;
  /** One row per coefficient. */
  readonly coefficients: CoefficientRow[];
  /** Parts of the estimate (known covariance). */
  readonly parts?: { xtpsi: number[]; weightedGradient: number[]; correction: number[] };
  /** Scaled condition number of X (unknown covariance only): κ = √(s_max/s_min) of the Gram matrix of the unit-length columns. */
  readonly conditionNumber?: number;
  /** One row per contrast, named `contrast1`, `contrast2`, …. */
  readonly contrasts?: CoefficientRow[];
  /** Cautions about this result (lost digits, regime, covariance), empty when none; see {@link inferenceWarnings}. */
  readonly warnings: string[];
}

/**
 * Estimates, standard errors, intervals, statistics and p-values for every
 * coordinate of β* from a fitted network (METHOD §2; `covariance: 'unknown'`:
 * §3, needs p < n) or from a network trained by gradient flow or gradient
 * descent (a spectral filter, METHOD §4, known covariance), all p coordinates
 * in one pass, plus any contrasts `θ̂_a = aᵀθ̂`, `se_a = ‖ψ̃‖√(aᵀΩa)`.
 *
 * @example
 * const fitted = new RandomFeaturesRegression({ width: 300 }).fit(X, y);
 * const result = inferCoefficients(fitted, { level: 0.95 });
 * result.coefficients[0]; // { term: 'x1', estimate, stdError, statistic, pValue, lower, upper }
 */
export function inferCoefficients(fit: FittedNetwork | FilterFittedNetwork, options: InferenceOptions = {}): CoefficientInference {
  const level = checkLevel(options.level ?? 0.95);
  const p = fit.p;
  const terms = options.terms ?? defaultTerms(p);
  if (terms.length !== p) throw new DimensionError(`${terms.length} term names given for p = ${p} columns`);
  const covariance = options.covariance ?? 'identity';
  const contrastVectors = options.contrasts?.map((a, k) => contrastVector(a, k, p));
  if (covariance === 'unknown') {
    if (isFilterFit(fit)) {
      throw new InvalidArgumentError(
        'unknown covariance (METHOD §3) is derived for the ridge estimator only; for gradient flow or descent give the covariance (identity, precision or matrix)',
      );
    }
    return unknownCovarianceInference(fit, terms, level, contrastVectors);
  }
  const omega = precisionOperator(covariance, p);
  const est = isFilterFit(fit) ? filterEstimates(fit, omega) : knownCovarianceEstimates(fit, omega);
  const coefficients = terms.map((term, j) => coefficientRow(term, est.estimate[j]!, est.stdError[j]!, level));
  const contrasts = contrastVectors?.map((av, k) =>
    coefficientRow(`contrast${k + 1}`, dot(av, est.estimate), est.scaledResidualNorm * Math.sqrt(omega.quadratic(av)), level),
  );
  checkRows([...coefficients, ...(contrasts ?? [])]);
  return {
    ...fitSummary(fit, level),
    covariance: omega.kind,
    scaledResidualNorm: est.scaledResidualNorm,
    coefficients,
    parts: {
      xtpsi: Array.from(est.parts.xtpsi),
      weightedGradient: Array.from(est.parts.weightedGradient),
      correction: Array.from(est.parts.correction),
    },
    ...(contrasts !== undefined ? { contrasts } : {}),
    warnings: inferenceWarnings(fit, omega),
  };
}

/** Checks a contrast vector: p finite entries, not all zero. */
function contrastVector(a: ArrayLike<number>, k: number, p: number): Float64Array {
  if (a.length !== p) throw new DimensionError(`contrast ${k + 1} has ${a.length} entries but there are p = ${p} coefficients; give one value per predictor`);
  const av = asVector(a, `contrast ${k + 1}`, p);
  if (av.every((v) => v === 0)) throw new InvalidArgumentError(`contrast ${k + 1} is the zero vector; give a non-zero a`);
  return av;
}

function fitSummary(fit: FittedNetwork | FilterFittedNetwork, level: number) {
  return {
    n: fit.n,
    p: fit.p,
    d: fit.d,
    activation: fit.activation.name,
    lambda: fit.lambda,
    lambdaSelection: isFilterFit(fit) ? ('fixed' as const) : fit.lambdaSelection,
    training: isFilterFit(fit) ? fit.training : RIDGE,
    level,
    form: fit.form,
    df: fit.df,
    residualDf: fit.residualDf,
    residualNorm: norm2(fit.residuals),
  };
}

/**
 * Unknown covariance (METHOD §3): coefficients and contrasts in one pass, the
 * contrasts as extra directions `a` (see {@link unknownCovarianceEstimates}).
 */
function unknownCovarianceInference(
  fit: FittedNetwork,
  terms: readonly string[],
  level: number,
  contrastVectors: Float64Array[] | undefined,
): CoefficientInference {
  const p = fit.p;
  if (!(fit.residualDf > fit.n * 1e-10)) {
    // §3 divides quantities proportional to n − df = nλ tr K⁻¹ by each other; at (near) interpolation both vanish
    throw new NumericalError(
      `unknown covariance (METHOD §3) needs a fit that does not interpolate, but n − df = ${fit.residualDf.toPrecision(3)}; ` +
        'use a larger --lambda, a width below n, or give the covariance (--covariance identity, precision:FILE or matrix:FILE)',
    );
  }
  // directions: the unit vectors e_1 … e_p, then the contrasts
  const E = fromRows(Array.from({ length: p }, (_, j) => [...Array.from({ length: p }, (_, i) => (i === j ? 1 : 0)), ...(contrastVectors ?? []).map((a) => a[j]!)]));
  const est = unknownCovarianceEstimates(fit, terms, E);
  const row = (term: string, i: number) => coefficientRow(term, est.estimate[i]!, est.stdError[i]!, level);
  const contrasts = contrastVectors?.map((_, c) => row(`contrast${c + 1}`, p + c));
  const coefficients = terms.map((term, j) => row(term, j));
  checkRows([...coefficients, ...(contrasts ?? [])]);
  return {
    ...fitSummary(fit, level),
    covariance: 'unknown',
    scaledResidualNorm: norm2(fit.residuals) / fit.residualDf,
    coefficients,
    conditionNumber: est.conditionNumber,
    ...(contrasts !== undefined ? { contrasts } : {}),
    warnings: inferenceWarnings(fit),
  };
}

/** Options of {@link randomFeaturesInference}: the network's, the training rule and the inference's. */
export interface RandomFeaturesInferenceOptions extends RandomFeaturesOptions, InferenceOptions {
  /** Training rule: `"ridge"` (default), `"flow:T"`, `"gd:STEPS:ETA"` or an object (METHOD §4). */
  training?: TrainingInput;
}

/**
 * Fits a random-features network and computes coefficient inference in one
 * call: the everyday entry point. Ridge training uses the ridge solver
 * (METHOD §2); gradient flow and gradient descent use the spectral filter fit
 * (METHOD §4).
 *
 * @example
 * const result = randomFeaturesInference(X, y, { activation: 'relu', width: 300, lambda: 1e-3 });
 * console.log(formatSummary(result));
 * randomFeaturesInference(X, y, { width: 300, lambda: 0, training: 'flow:10' }); // early-stopped flow
 */
export function randomFeaturesInference(
  X: MatrixInput,
  y: ArrayLike<number>,
  options: RandomFeaturesInferenceOptions = {},
): CoefficientInference {
  return inferCoefficients(fitWithTraining(X, y, options), options);
}
