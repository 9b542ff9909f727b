/**
 * The work that `rfci bench` times: data made with {@link createGenerator}, the fit and the inference
 * through the public library calls a user makes (METHOD §2).
 *
 * @module
 */
import { RandomFeaturesRegression } from '../estimator/network.js';
import { inferCoefficients } from '../inference/inferCoefficients.js';
import { type Matrix, matrix, matvec, norm2 } from '../linalg/index.js';
import { createGenerator } from '../random/generator.js';

/** Sizes and settings of a benchmark run. */
export interface BenchSettings {
  /** Sample size n. */
  n: number;
  /** Input dimension p. */
  p: number;
  /** Width d. */
  d: number;
  /** Activation name. */
  activation: string;
  /** Ridge penalty λ. */
  lambda: number;
  /** Seed of the data. */
  seed: number;
}

/** A simulated data set: X (n×p), y and the true β. */
export interface BenchData {
  /** Inputs, rows N(0, I). */
  X: Matrix;
  /** Response `y = Xβ + ε`, ε ~ N(0, 1). */
  y: Float64Array;
  /** True coefficients. */
  beta: Float64Array;
}

/**
 * Draws `X` with N(0, 1) entries, `β` with direction uniform and `‖β‖ = signal`,
 * and `y = Xβ + ε`, from the generator of `(seed, 'bench', stream…)`.
 *
 * @example
 * const { X, y, beta } = benchData(400, 200, 2, 1, 'replicate', 0);
 */
export function benchData(n: number, p: number, signal: number, seed: number, ...stream: Array<string | number>): BenchData {
  const rng = createGenerator(seed, 'bench', ...stream);
  const beta = rng.fillNormal(new Float64Array(p));
  const s = signal / norm2(beta);
  for (let j = 0; j < p; j++) beta[j] *= s;
  const X = matrix(n, p);
  rng.fillNormal(X.data);
  const y = matvec(X, beta);
  for (let i = 0; i < n; i++) y[i] += rng.normal();
  return { X, y, beta };
}

/**
 * One coverage replicate (METHOD §6), data generation included: draws β, X, y
 * and W from `(seed, replicate)`, fits, infers all p coordinates and returns
 * how many intervals cover β.
 *
 * @example
 * runReplicate({ n: 400, p: 200, d: 300, activation: 'relu', lambda: 1e-3, seed: 1 }, 0);
 */
export function runReplicate(s: BenchSettings, replicate: number): number {
  const { X, y, beta } = benchData(s.n, s.p, 2, s.seed, 'replicate', replicate);
  const model = new RandomFeaturesRegression({ activation: s.activation, lambda: s.lambda, width: s.d, seed: `${s.seed}/${replicate}` });
  const result = inferCoefficients(model.fit(X, y));
  return result.coefficients.filter((r, j) => r.lower <= beta[j]! && beta[j]! <= r.upper).length;
}
