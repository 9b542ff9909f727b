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
import { type RidgeForm, type RidgeSolution, chooseForm, ridgeGram, solveRidge } from './ridge.js';

/** Hyperparameters of {@link RandomFeaturesRegression}. */
export interface RandomFeaturesOptions {
  /** Activation: a built-in name or a user-defined `{ name, f, df }`. Default `"relu"`. */
  activation?: string | Activation;
  /**
   * Ridge penalty $\lambda \ge 0$ in $\frac{1}{2n}\|y - \Phi\alpha\|^2 + \frac{\lambda}{2}\|\alpha\|^2$
   * (METHOD §1), or `"gcv"`: the λ minimising $\|\psi\|/(n - \mathrm{df})$, i.e. the
   * shortest intervals (see {@link gcvLambda}). Default `1e-3`. $\lambda = 0$ gives
   * least squares (d < n) or the minimum-norm interpolator (d > n).
   */
  lambda?: number | 'gcv';
  /** Width d (number of hidden units) when W is drawn. Default `⌈n/2⌉`. */
  width?: number;
  /** A given first layer W (d×p); then `width`, `distribution` and `seed` are not used. */
  weights?: MatrixInput;
  /** Distribution of a drawn W. Default `"gaussian"` (entries i.i.d. $N(0, 1/p)$); see {@link drawFirstLayer}. */
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
   * Network output $\hat f(x) = \sum_k \hat\alpha_k \varphi(w_k^\top x)$ at
   * each row of `X` (m×p); returns a vector of length m.
   */
  predict(X: MatrixInput): Float64Array;
  /**
   * Gradient of the network in its input, $\nabla \hat f(x) = W^\top(\varphi'(Wx) \circ \hat\alpha)$
   * (length p); $x$ has length p.
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
 * const net = withSecondLayer(networkData({ width: alpha.length }, X, y), alpha); // W must have one row per entry of α̂
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
 * Random-features regression (METHOD §1): the two-layer network
 *
 * $$\hat f(x) = \sum_{k=1}^{d} \hat\alpha_k\, \varphi(w_k^\top x)$$
 *
 * whose first layer $W$ (d×p, rows $w_k$) is random and fixed, and whose
 * second layer is the ridge solution
 * $\hat\alpha = \arg\min_\alpha \frac{1}{2n}\|y - \Phi\alpha\|^2 + \frac{\lambda}{2}\|\alpha\|^2 = (\Phi^\top\Phi + n\lambda I_d)^{-1}\Phi^\top y$
 * with features $\Phi = \varphi(XW^\top)$ (n×d). No bias and no $1/\sqrt d$
 * scaling; scaling $\Phi$ by $c$ is the same as dividing $\lambda$ by $c^2$.
 * Hyperparameters go in the constructor (scikit-learn style); {@link fit}
 * returns plain data. For intervals, pass the result to {@link inferCoefficients}.
 *
 * @example
 * const model = new RandomFeaturesRegression({ activation: 'relu', width: 300, lambda: 1e-3, seed: 7 });
 * const fitted = model.fit(X, y);
 * fitted.df; // degrees of freedom tr H
 * fitted.gradient(toRows(X)[0]); // ∇f̂ at the first row (length p)
 * new RandomFeaturesRegression({ width: 30, lambda: 'gcv' }).fit(X, y).lambda; // the GCV choice
 */
export class RandomFeaturesRegression {
  /** The hyperparameters given to the constructor. */
  readonly options: Readonly<RandomFeaturesOptions>;

  constructor(options: RandomFeaturesOptions = {}) {
    this.options = checkNetworkOptions(options);
  }

  /**
   * Fits the second layer on data X (n×p, rows $x_i$; an array of rows or a
   * {@link Matrix}) and response y (length n). Draws W (d×p) unless it was
   * given, forms $\Phi$ and $\Phi'$ and solves the ridge problem in the primal
   * (d×d) or dual (n×n) form (METHOD §2). X and y are used as given: center
   * them first if the data are not mean zero (the model has no intercept).
   *
   * @example
   * const fitted = new RandomFeaturesRegression({ width: 30, seed: 1 }).fit(X, y);
   * fitted.d; // 30
   * fitted.predict(toRows(X).slice(0, 2)); // f̂ at the first two rows
   */
  fit(X: MatrixInput, y: ArrayLike<number>): FittedNetwork {
    const data = networkData(this.options, X, y);
    const { phi } = data.features;
    const lambdaOption = resolveLambdaOption(this.options.lambda);
    const form = this.options.form ?? 'auto';
    let lambda: number, gcv: GcvSelection | undefined, G: Matrix | undefined;
    if (lambdaOption === 'gcv') {
      // GCV eigendecomposes the Gram matrix of the automatic form; the solve reuses it when it uses that form
      const pathForm = chooseForm(data.n, data.d);
      G = ridgeGram(phi, pathForm);
      gcv = gcvLambda(phi, data.y, { gram: G });
      lambda = gcv.lambda;
      if (form !== 'auto' && form !== pathForm) G = undefined;
    } else lambda = lambdaOption;
    const solution = solveRidge(phi, data.y, lambda, form, G);
    return {
      ...solution,
      ...withSecondLayer(data, solution.alpha),
      lambdaSelection: gcv !== undefined ? 'gcv' : 'fixed',
      ...(gcv !== undefined ? { gcv } : {}),
    };
  }
}
