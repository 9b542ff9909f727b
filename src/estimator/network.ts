/**
 * The random-features network: a random first layer W, an activation φ and a
 * ridge-trained second layer α̂ (METHOD §1). Hyperparameters go in the
 * constructor; `fit` returns a {@link FittedNetwork}.
 *
 * @module
 */
import type { Activation } from '../activations/activation.js';
import { getActivation } from '../activations/registry.js';
import { DimensionError, InvalidArgumentError } from '../errors.js';
import { type FirstLayerDistribution, drawFirstLayer } from '../features/firstLayer.js';
import { type Features, featureMaps } from '../features/featureMap.js';
import { type Matrix, mapEntries, matTvec, matmulTransB, matvec } from '../linalg/index.js';
import type { Seed } from '../random/generator.js';
import { type MatrixInput, asMatrix, asVector, checkLambda } from '../validate/inputs.js';
import { type GcvSelection, gcvLambda } from './gcv.js';
import { type RidgeForm, type RidgeSolution, solveRidge } from './ridge.js';

/** Hyperparameters of {@link RandomFeaturesRegression}. */
export interface RandomFeaturesOptions {
  /** Activation: a built-in name or a user-defined `{ name, f, df }`. Default `"relu"`. */
  activation?: string | Activation;
  /**
   * Ridge penalty λ ≥ 0 (METHOD §1), or `"gcv"`: the λ minimising `‖ψ‖/(n − df)`,
   * i.e. the shortest intervals (see {@link gcvLambda}). Default `1e-3`.
   */
  lambda?: number | 'gcv';
  /** Width d (number of hidden units) when W is drawn. Default `⌈n/2⌉`. */
  width?: number;
  /** A given first layer W (d×p); then `width`, `distribution` and `seed` are not used. */
  weights?: MatrixInput;
  /** Distribution of a drawn W. Default `"gaussian"` (entries N(0, 1/p)). */
  distribution?: FirstLayerDistribution;
  /** Seed of a drawn W. Default 1. */
  seed?: Seed;
  /** Force the primal or dual system; default `"auto"` (METHOD §2). */
  form?: RidgeForm | 'auto';
}

/**
 * A random-features network with its training data: activation, first layer,
 * features, and `predict`/`gradient` for the trained second layer. Shared by
 * every training rule.
 */
export interface RandomFeaturesNetwork {
  /** The activation φ. */
  readonly activation: Activation;
  /** First layer W (d×p). */
  readonly weights: Matrix;
  /** Sample size n. */
  readonly n: number;
  /** Input dimension p. */
  readonly p: number;
  /** Width d. */
  readonly d: number;
  /** Training inputs X (n×p), as given to `fit`. */
  readonly X: Matrix;
  /** Training response y (length n). */
  readonly y: Float64Array;
  /** Features Φ and Φ' of the training data. */
  readonly features: Features;
  /**
   * Network output `f̂(x) = Σ_k α̂_k φ(w_kᵀx)` at each row of `X` (m×p).
   */
  predict(X: MatrixInput): Float64Array;
  /**
   * Gradient `∇f̂(x) = Wᵀ(φ'(Wx) ∘ α̂)` (length p).
   */
  gradient(x: ArrayLike<number>): Float64Array;
}

/**
 * A fitted network: the data it saw, its features and the ridge solution, plus
 * `predict` and `gradient`. Attributes are plain data.
 */
export interface FittedNetwork extends RidgeSolution, RandomFeaturesNetwork {
  /** How λ was set: given (`"fixed"`) or chosen by generalized cross-validation (`"gcv"`). */
  readonly lambdaSelection: 'fixed' | 'gcv';
  /** The GCV selection (grid and criterion) when `lambda: "gcv"`. */
  readonly gcv?: GcvSelection;
}

/** The untrained part of a {@link RandomFeaturesNetwork}: data, first layer and features. */
export type NetworkData = Omit<RandomFeaturesNetwork, 'predict' | 'gradient'>;

/**
 * Validates the data and the network hyperparameters, draws (or takes) the
 * first layer W and computes the features `Φ = φ(XWᵀ)`, `Φ' = φ'(XWᵀ)`
 * (METHOD §1): everything a training rule needs before it trains α̂.
 *
 * @example
 * const data = networkData({ width: 300, seed: 7 }, X, y);
 * data.features.phi; // n×d
 */
export function networkData(options: RandomFeaturesOptions, Xin: MatrixInput, yin: ArrayLike<number>): NetworkData {
  const X = asMatrix(Xin, 'X');
  const n = X.rows, p = X.cols;
  if (n < 2 || p < 1) throw new DimensionError(`X must have at least two rows and one column, got ${n}×${p}`);
  const y = asVector(yin, 'y', n);
  const activation = getActivation(options.activation ?? 'relu');
  const weights =
    options.weights !== undefined
      ? asMatrix(options.weights, 'W')
      : drawFirstLayer({
          width: options.width ?? Math.ceil(n / 2),
          inputDimension: p,
          ...(options.distribution !== undefined ? { distribution: options.distribution } : {}),
          ...(options.seed !== undefined ? { seed: options.seed } : {}),
        });
  if (weights.cols !== p) {
    throw new DimensionError(`first layer W has ${weights.cols} columns but the data have p = ${p}; W must be d×p`);
  }
  const features = featureMaps(X, weights, activation);
  return { activation, weights, n, p, d: weights.rows, X, y, features };
}

/**
 * The network with second layer α̂: `data` plus `predict(X) = φ(XWᵀ)α̂` and
 * `gradient(x) = Wᵀ(φ'(Wx) ∘ α̂)`.
 *
 * @example
 * const net = withSecondLayer(networkData({}, X, y), alpha);
 * net.predict(Xnew);
 */
export function withSecondLayer(data: NetworkData, alpha: Float64Array): RandomFeaturesNetwork {
  const { weights, activation, p } = data;
  return {
    ...data,
    predict(Xnew: MatrixInput): Float64Array {
      const Z = asMatrix(Xnew, 'X');
      if (Z.cols !== p) throw new DimensionError(`predict: X has ${Z.cols} columns, the network was fitted with p = ${p}`);
      return matvec(mapEntries(matmulTransB(Z, weights), activation.f), alpha);
    },
    gradient(x: ArrayLike<number>): Float64Array {
      const xv = asVector(x, 'x', p);
      const pre = matvec(weights, xv);
      const scaled = pre.map((t, k) => activation.df(t) * alpha[k]!);
      return matTvec(weights, scaled);
    },
  };
}

/**
 * Checks the hyperparameters that do not need the data (activation, λ, width)
 * and returns a copy, so that a constructor fails early on bad values.
 *
 * @example
 * checkNetworkOptions({ activation: 'relu', lambda: 1e-3, width: 300 });
 */
export function checkNetworkOptions<T extends RandomFeaturesOptions>(options: T): T {
  getActivation(options.activation ?? 'relu');
  resolveLambdaOption(options.lambda);
  if (options.width !== undefined && (!Number.isInteger(options.width) || options.width < 1)) {
    throw new InvalidArgumentError(`width must be a positive integer, got ${options.width}`);
  }
  return { ...options };
}

function resolveLambdaOption(lambda: number | 'gcv' | undefined): number | 'gcv' {
  if (lambda === 'gcv') return lambda;
  if (typeof lambda === 'string') throw new InvalidArgumentError(`lambda must be a number ≥ 0 or "gcv", got "${lambda}"`);
  return checkLambda(lambda ?? 1e-3);
}

/**
 * Random-features regression: `f̂(x) = Σ_k α̂_k φ(w_kᵀx)` with W random and
 * α̂ the ridge solution `(ΦᵀΦ + nλI)⁻¹Φᵀy` (METHOD §1).
 *
 * @example
 * const model = new RandomFeaturesRegression({ activation: 'relu', width: 300, lambda: 1e-3, seed: 7 });
 * const fitted = model.fit(X, y);
 * fitted.df; fitted.gradient(X[0]);
 * new RandomFeaturesRegression({ width: 300, lambda: 'gcv' }).fit(X, y).lambda; // the GCV choice
 */
export class RandomFeaturesRegression {
  /** The hyperparameters given to the constructor. */
  readonly options: Readonly<RandomFeaturesOptions>;

  constructor(options: RandomFeaturesOptions = {}) {
    this.options = checkNetworkOptions(options);
  }

  /**
   * Fits the second layer on data X (n×p) and response y (length n).
   */
  fit(X: MatrixInput, y: ArrayLike<number>): FittedNetwork {
    const data = networkData(this.options, X, y);
    const lambdaOption = resolveLambdaOption(this.options.lambda);
    let lambda: number, gcv: GcvSelection | undefined;
    if (lambdaOption === 'gcv') {
      gcv = gcvLambda(data.features.phi, data.y);
      lambda = gcv.lambda;
    } else lambda = lambdaOption;
    const solution = solveRidge(data.features.phi, data.y, lambda, this.options.form ?? 'auto');
    return {
      ...solution,
      ...withSecondLayer(data, solution.alpha),
      lambdaSelection: gcv !== undefined ? 'gcv' : 'fixed',
      ...(gcv !== undefined ? { gcv } : {}),
    };
  }
}
