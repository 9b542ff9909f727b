/**
 * The work that `rfci bench` times: data drawn by the simulation module's
 * {@link simulateData} (the coverage studies' data model), the fit and the inference
 * through the public library calls a user makes (METHOD §2).
 *
 * @module
 */
import { RandomFeaturesRegression } from '../estimator/network.js';
import { inferCoefficients } from '../inference/inferCoefficients.js';
import { prepareSimulatedDesign } from '../simulation/design.js';
import { type DataModel, type SimulatedData, simulateData } from '../simulation/simulate.js';

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

/**
 * Simulates the bench's data with the Monte Carlo data model of the coverage
 * studies ({@link simulateData}, METHOD §6): rows of X ~ N(0, I_p), β with a
 * uniform direction and `‖β‖ = signal`, and `y = Xβ + ε` with ε ~ N(0, 1),
 * from the streams `(seed, 'bench', stream…)`.
 *
 * @example
 * const { X, y, beta } = benchData(400, 200, 2, 1, 'replicate', 0);
 */
export function benchData(n: number, p: number, signal: number, seed: number, ...stream: Array<string | number>): SimulatedData {
  const model: DataModel = {
    n,
    design: prepareSimulatedDesign({ kind: 'identity' }, p),
    coefficients: { kind: 'dense' },
    signal,
    noise: { kind: 'gaussian' },
    noiseSd: 1,
    nonlinear: { kind: 'none' },
  };
  return simulateData(model, seed, 'bench', ...stream);
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
