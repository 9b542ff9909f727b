/**
 * Monte Carlo check of the predicted interval length: replicates of the
 * proportional model of METHOD §5 fitted with the public library functions.
 *
 * @module
 */
import type { Activation } from '../activations/activation.js';
import { InvalidArgumentError } from '../errors.js';
import { drawFirstLayer } from '../features/firstLayer.js';
import { randomFeaturesInference } from '../inference/inferCoefficients.js';
import { matrix, matvec, norm2 } from '../linalg/index.js';
import { type Seed, createGenerator } from '../random/generator.js';

/** Options of {@link simulateIntervalLength}. */
export interface LengthSimulationOptions {
  /** Activation: a built-in name or a user-defined `{ name, f, df }`. */
  activation: string | Activation;
  /** Sample size n. */
  n: number;
  /** Input dimension p. */
  p: number;
  /** Width d. */
  d: number;
  /** Ridge penalty λ ≥ 0, or `"gcv"`. */
  lambda: number | 'gcv';
  /** Noise variance σ². */
  noiseVariance: number;
  /** Signal strength r² = ‖β‖². */
  signal: number;
  /** Confidence level (default 0.95). */
  level?: number;
  /** Number of replicates R ≥ 2. */
  replicates: number;
  /** Seed (default 1); replicate i uses `createGenerator(seed, 'replicate', i)`. */
  seed?: Seed;
}

/** Summary of the simulated lengths and coverage. */
export interface LengthSimulation {
  /** Number of replicates. */
  readonly replicates: number;
  /** Mean over replicates of `√n · se` (se is the same for every coordinate when Σ = I). */
  readonly meanSqrtNStdError: number;
  /** Its Monte Carlo standard error (sd over replicates / √R). */
  readonly sqrtNStdErrorMcse: number;
  /** Mean half-length `q · se`. */
  readonly meanHalfLength: number;
  /** Fraction of the R·p intervals that cover β_j. */
  readonly coverage: number;
  /** Standard error of the coverage, computed across replicates (coordinates of one replicate share ψ̃). */
  readonly coverageMcse: number;
  /** Mean of the chosen λ (equals λ unless `lambda: "gcv"`). */
  readonly meanLambda: number;
}

/**
 * Simulates R replicates of `y = Xβ + ε` with rows of X ~ N(0, I_p),
 * β uniform on the sphere of radius `√signal`, ε ~ N(0, σ²) and a fresh
 * Gaussian W (d×p, N(0, 1/p)) per replicate; fits with
 * {@link randomFeaturesInference} and summarises `√n · se`, the half-length and
 * the coverage (METHOD §5–6). Replicate i depends only on `(seed, i)`.
 *
 * @example
 * const sim = simulateIntervalLength({ activation: 'relu', n: 400, p: 200, d: 100, lambda: 1e-3, noiseVariance: 1, signal: 4, replicates: 20 });
 * sim.meanSqrtNStdError; // compare with predictIntervalLength(...).sqrtNStdError
 */
export function simulateIntervalLength(options: LengthSimulationOptions): LengthSimulation {
  const { n, p, d, replicates } = options;
  if (!Number.isInteger(replicates) || replicates < 2) throw new InvalidArgumentError(`replicates must be an integer ≥ 2, got ${replicates}`);
  const seed = options.seed ?? 1;
  const level = options.level ?? 0.95;
  const sqrtN = Math.sqrt(n);
  const values: number[] = [], halfLengths: number[] = [], covered: number[] = [], lambdas: number[] = [];
  for (let r = 0; r < replicates; r++) {
    const rng = createGenerator(seed, 'replicate', r);
    const beta = rng.fillNormal(new Float64Array(p));
    const scale = Math.sqrt(options.signal) / norm2(beta);
    for (let j = 0; j < p; j++) beta[j]! *= scale;
    const X = matrix(n, p);
    rng.fillNormal(X.data);
    const y = matvec(X, beta);
    const sigma = Math.sqrt(options.noiseVariance);
    for (let i = 0; i < n; i++) y[i]! += sigma * rng.normal();
    const W = drawFirstLayer({ width: d, inputDimension: p, seed: rng });
    const result = randomFeaturesInference(X, y, { activation: options.activation, lambda: options.lambda, weights: W, level });
    const rows = result.coefficients;
    values.push(sqrtN * rows[0]!.stdError);
    halfLengths.push(0.5 * (rows[0]!.upper - rows[0]!.lower));
    covered.push(rows.filter((row, j) => row.lower <= beta[j]! && beta[j]! <= row.upper).length / p);
    lambdas.push(result.lambda);
  }
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const mcse = (v: number[]) => {
    const m = mean(v);
    return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / (v.length - 1) / v.length);
  };
  return {
    replicates,
    meanSqrtNStdError: mean(values),
    sqrtNStdErrorMcse: mcse(values),
    meanHalfLength: mean(halfLengths),
    coverage: mean(covered),
    coverageMcse: mcse(covered),
    meanLambda: mean(lambdas),
  };
}
