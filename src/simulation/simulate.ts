/**
 * One simulated data set of the Monte Carlo model (METHOD §6): β, X with rows
 * N(0, Σ), noise and an optional nonlinear perturbation, each from its own
 * seeded stream so that changing one ingredient (e.g. the noise law) leaves
 * the others' draws unchanged.
 *
 * @module
 */
import { matvec, type Matrix } from '../linalg/index.js';
import { type Seed, createGenerator } from '../random/generator.js';
import { type CoefficientSpec, drawCoefficients } from './coefficients.js';
import { type PreparedDesign, drawDesign } from './design.js';
import { type NoiseSpec, drawNoise } from './noise.js';
import { type NonlinearSpec, addNonlinearPart } from './nonlinear.js';

/** The data-generating process `y = xᵀβ + perturbation(x) + ε`. */
export interface DataModel {
  /** Sample size n. */
  readonly n: number;
  /** Design (Σ prepared for draws; its p is the dimension). */
  readonly design: PreparedDesign;
  /** β: a rule to draw it, or a fixed vector of length p. */
  readonly coefficients: CoefficientSpec | ArrayLike<number>;
  /** ‖β‖ when β is drawn. */
  readonly signal: number;
  /** Noise law. */
  readonly noise: NoiseSpec;
  /** Noise standard deviation σ. */
  readonly noiseSd: number;
  /** Nonlinear perturbation keeping β* = β. */
  readonly nonlinear: NonlinearSpec;
}

/** A simulated data set with its target β* (= β). */
export interface SimulatedData {
  /** Design X (n×p). */
  readonly X: Matrix;
  /** Response y (length n). */
  readonly y: Float64Array;
  /** Target β* (length p). */
  readonly beta: Float64Array;
}

/**
 * Draws a data set from streams `(seed, ...labels, 'beta' | 'design' | 'noise')`.
 *
 * @example
 * const model = { n: 400, design: prepareSimulatedDesign({ kind: 'identity' }, 20), coefficients: { kind: 'dense' },
 *   signal: 1, noise: { kind: 'gaussian' }, noiseSd: 1, nonlinear: { kind: 'none' } } as const;
 * const { X, y, beta } = simulateData(model, 7, 'replicate', 0);
 */
export function simulateData(model: DataModel, seed: Seed, ...labels: ReadonlyArray<string | number>): SimulatedData {
  const p = model.design.p;
  const c = model.coefficients;
  const beta =
    'kind' in c ? drawCoefficients(c, p, model.signal, createGenerator(seed, ...labels, 'beta')) : Float64Array.from(c as ArrayLike<number>);
  const X = drawDesign(model.design, model.n, createGenerator(seed, ...labels, 'design'));
  const y = matvec(X, beta);
  const eps = drawNoise(model.noise, X, model.noiseSd, createGenerator(seed, ...labels, 'noise'));
  for (let i = 0; i < model.n; i++) y[i]! += eps[i]!;
  addNonlinearPart(model.nonlinear, X, y);
  return { X, y, beta };
}
