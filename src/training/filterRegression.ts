/**
 * Random-features regression whose second layer is trained by a spectral
 * filter — ridge, gradient flow for a time t, or T gradient-descent steps —
 * from one eigendecomposition of `S = ΦᵀΦ/n` (METHOD §4). Hyperparameters go
 * in the constructor; `fit` returns a {@link FilterFittedNetwork}, and
 * {@link retrain} moves it to another rule without a new eigendecomposition.
 *
 * @module
 */
import { InvalidArgumentError, NumericalError } from '../errors.js';
import {
  type FittedNetwork,
  type NetworkData,
  type RandomFeaturesNetwork,
  type RandomFeaturesOptions,
  RandomFeaturesRegression,
  checkNetworkOptions,
  networkData,
  withSecondLayer,
} from '../estimator/network.js';
import type { RidgeSolution } from '../estimator/ridge.js';
import { type MatrixInput, checkLambda } from '../validate/inputs.js';
import { matvec } from '../linalg/index.js';
import { type SpectralFilter, checkStepSize, spectralFilter } from './filters.js';
import { type TrainingInput, type TrainingRule, parseTraining } from './rules.js';
import { type FeatureSpectrum, type SpectralForm, featureSpectrum } from './spectrum.js';

/**
 * The filter solution `α̂ = g(S)Φᵀy/n` and its by-products, with
 * `H = Φg(S)Φᵀ/n` in place of the ridge hat matrix (METHOD §4): leverages
 * `h_i = Σ_k Φ̃_ik² g(s_k)/n`, `df = Σ_k s_k g(s_k)`,
 * `n − df = (n − r) + Σ_k (1 − s_k g(s_k))` summed without cancellation,
 * `ψ̃ = ψ/(n − df)` and `w_i = (1 − h_i)/(n − df)`.
 */
export interface FilterSolution extends Omit<RidgeSolution, 'form' | 'B' | 'factor'> {
  /** Which matrix was decomposed. */
  readonly form: SpectralForm;
  /** The training rule. */
  readonly training: TrainingRule;
  /** Filter values `g(s_k)` on the spectrum. */
  readonly filterValues: Float64Array;
}

/** A network trained by a spectral filter: data, features, spectrum and solution. */
export interface FilterFittedNetwork extends FilterSolution, RandomFeaturesNetwork {
  /** The eigendecomposition shared by every rule (see {@link retrain}). */
  readonly spectrum: FeatureSpectrum;
}

/**
 * The filter solution for a spectrum and response: `α̂ = V(g ∘ b̃)`, residuals,
 * leverages, `df = Σ s_k g(s_k)` and `n − df` (METHOD §4), in `O(nd)` once
 * the spectrum is known. Throws a {@link NumericalError} when `n − df ≤ 0`.
 *
 * @example
 * const sol = filterSolution(featureSpectrum(phi, y), y, spectralFilter({ kind: 'flow', time: 10 }, 0));
 */
export function filterSolution(spectrum: FeatureSpectrum, y: Float64Array, filter: SpectralFilter): FilterSolution {
  const { n, values: s, rotatedFeatures: Phit, rotatedResponse: bt } = spectrum;
  const r = s.length;
  const gv = s.map((v) => filter.value(v));
  if (!gv.every(Number.isFinite)) {
    throw new NumericalError('lambda = 0 but ΦᵀΦ is singular (features are rank deficient), so the ridge filter 1/s is infinite; use a positive --lambda');
  }
  const coef = gv.map((g, k) => g * bt[k]!);
  const alpha = matvec(spectrum.vectors, coef);
  const fitted = matvec(Phit, coef);
  let residuals: Float64Array;
  if (spectrum.dualBasis) {
    const { Q, coordinates: z } = spectrum.dualBasis;
    const kept = matvec(Q, z.map((zk, k) => filter.residualFactor(s[k]!) * zk));
    const outside = matvec(Q, z);
    residuals = y.map((yi, i) => kept[i]! + (yi - outside[i]!));
  } else {
    residuals = y.map((yi, i) => yi - fitted[i]!);
  }
  let residualDf = n - r;
  for (let k = 0; k < r; k++) residualDf += filter.residualFactor(s[k]!);
  const df = n - residualDf;
  if (!(residualDf > n * 1e-12)) {
    throw new NumericalError(
      `n − df = ${residualDf.toPrecision(3)} ≤ 0: the trained network interpolates the data (df = ${df.toPrecision(6)} of n = ${n}); ` +
        'train for a shorter time, use a positive --lambda, or (λ = 0, ridge) use the ridge estimator, which handles the interpolator in its dual form',
    );
  }
  const leverages = matvec(spectrum.rotatedSquares, gv).map((h) => h / n);
  return {
    form: spectrum.form,
    training: filter.rule,
    lambda: filter.lambda,
    filterValues: gv,
    alpha,
    fitted,
    residuals,
    leverages,
    df,
    residualDf,
    scaledResiduals: residuals.map((v) => v / residualDf),
    gradientWeights: leverages.map((h) => (1 - h) / residualDf),
  };
}

function trainOnSpectrum(data: NetworkData, spectrum: FeatureSpectrum, training: TrainingInput, lambda: number): FilterFittedNetwork {
  const rule = parseTraining(training);
  const s = spectrum.values;
  checkStepSize(rule, lambda, s.length > 0 ? s[s.length - 1]! : 0);
  const solution = filterSolution(spectrum, data.y, spectralFilter(rule, lambda));
  return { ...withSecondLayer(data, solution.alpha), ...solution, spectrum };
}

/** Hyperparameters of {@link SpectralFilterRegression}: the network's and the training rule. */
export interface SpectralFilterOptions extends Omit<RandomFeaturesOptions, 'form' | 'lambda'> {
  /** Ridge penalty λ ≥ 0 added to the training loss (u = s + λ in the filter). Default `1e-3`. */
  lambda?: number;
  /** Training rule: `"ridge"` (default), `"flow:T"`, `"gd:STEPS:ETA"` or an object. */
  training?: TrainingInput;
  /** Decompose `ΦᵀΦ/n` (primal) or `ΦΦᵀ/n` (dual); default `"auto"` (dual when d ≥ n). */
  form?: SpectralForm | 'auto';
}

/**
 * Random-features regression trained by a spectral filter (METHOD §4):
 * `α̂ = g(S)Φᵀy/n` with `g` the filter of ridge, gradient flow or gradient
 * descent from α = 0, each with the ridge penalty λ (u = s + λ).
 *
 * @example
 * const model = new SpectralFilterRegression({ width: 300, lambda: 0, training: 'flow:10', seed: 7 });
 * const fitted = model.fit(X, y);
 * fitted.df; fitted.alpha;
 * inferCoefficients(fitted); // intervals for β* after training for time 10
 */
export class SpectralFilterRegression {
  /** The hyperparameters given to the constructor. */
  readonly options: Readonly<SpectralFilterOptions>;

  constructor(options: SpectralFilterOptions = {}) {
    this.options = { ...checkNetworkOptions(options), training: parseTraining(options.training) };
  }

  /**
   * Fits the second layer on data X (n×p) and response y (length n): one
   * eigendecomposition, then the filter. Throws when gradient descent would
   * diverge (`η(s_max + λ) ≥ 2`) or when `n − df ≤ 0`.
   */
  fit(X: MatrixInput, y: ArrayLike<number>): FilterFittedNetwork {
    const data = networkData(this.options, X, y);
    const spectrum = featureSpectrum(data.features.phi, data.y, this.options.form ?? 'auto');
    return trainOnSpectrum(data, spectrum, this.options.training ?? 'ridge', checkLambda(this.options.lambda ?? 1e-3));
  }
}

/**
 * The same network trained by another rule (and optionally another λ), reusing
 * the eigendecomposition: `O(nd)` for the solution. Used for training paths.
 *
 * @example
 * const at50 = retrain(fitted, { kind: 'flow', time: 50 });
 */
export function retrain(fit: FilterFittedNetwork, training: TrainingInput, lambda: number = fit.lambda): FilterFittedNetwork {
  const { activation, weights, n, p, d, X, y, features } = fit;
  return trainOnSpectrum({ activation, weights, n, p, d, X, y, features }, fit.spectrum, training, checkLambda(lambda));
}

/**
 * Whether a fitted network was trained by {@link SpectralFilterRegression}.
 *
 * @example
 * if (isFilterFit(fit)) fit.training;
 */
export function isFilterFit(fit: RandomFeaturesNetwork): fit is FilterFittedNetwork {
  return 'spectrum' in fit;
}

/**
 * Fits a network with any training rule: the ridge solver of METHOD §2
 * ({@link RandomFeaturesRegression}) for ridge — exact also for the λ = 0
 * interpolator — and {@link SpectralFilterRegression} for gradient flow and
 * gradient descent (METHOD §4). The entry point of simulations and front ends.
 *
 * @example
 * const fitted = fitWithTraining(X, y, { width: 300, lambda: 0, training: 'flow:10' });
 * inferCoefficients(fitted);
 */
export function fitWithTraining(
  X: MatrixInput,
  y: ArrayLike<number>,
  options: RandomFeaturesOptions & { training?: TrainingInput } = {},
): FittedNetwork | FilterFittedNetwork {
  const { training, lambda, ...network } = options;
  const rule = parseTraining(training);
  if (rule.kind === 'ridge') return new RandomFeaturesRegression({ ...network, ...(lambda !== undefined ? { lambda } : {}) }).fit(X, y);
  if (lambda === 'gcv') {
    throw new InvalidArgumentError('lambda "gcv" chooses the ridge penalty of ridge training; gradient flow and descent need a number (rfci path finds the training time with the shortest intervals)');
  }
  return new SpectralFilterRegression({ ...network, ...(lambda !== undefined ? { lambda } : {}), training: rule }).fit(X, y);
}
