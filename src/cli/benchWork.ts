/**
 * The work that `rfci bench` times, built from the simulation module: the data
 * of `--mode fit` drawn by {@link simulateData} (the coverage studies' data
 * model), and the coverage study whose replicates `--mode coverage` runs.
 *
 * @module
 */
import { prepareSimulatedDesign } from '../simulation/design.js';
import { type PreparedStudy, prepareStudy } from '../simulation/replicate.js';
import { studySettings } from '../simulation/settings.js';
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
 * The coverage study whose replicates `rfci bench --mode coverage` times
 * (METHOD §6): the bench's sizes, activation, λ and seed, ‖β‖ = 2, everything
 * else at the defaults of {@link studySettings} (Σ = I known, dense β,
 * Gaussian noise of sd 1). Each replicate is then {@link runReplicate} of the
 * simulation module, data generation included, exactly as `rfci coverage`
 * runs it.
 *
 * @example
 * const study = benchStudy({ n: 400, p: 200, d: 300, activation: 'relu', lambda: 1e-3, seed: 1 });
 * runReplicate(study, 0).covered.filter(Boolean).length; // intervals that cover β
 */
export function benchStudy(s: BenchSettings): PreparedStudy {
  return prepareStudy(studySettings({ n: s.n, p: s.p, width: s.d, activation: s.activation, lambda: s.lambda, signal: 2, seed: s.seed }));
}
