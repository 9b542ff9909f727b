/**
 * Monte Carlo check of the predicted interval length: a coverage study
 * (METHOD §6) in the proportional model of METHOD §5, run on the coverage
 * engine, summarised as `√n · se`, half-length and coverage.
 *
 * @module
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { InvalidArgumentError } from '../errors.js';
import { intervalQuantile } from '../inference/intervals.js';
import { studySettings } from '../simulation/settings.js';
import { runCoverageStudy } from '../simulation/study.js';

/** Options of {@link simulateIntervalLength}. */
export interface LengthSimulationOptions {
  /** Activation: a built-in name (replicates run on worker threads, which rebuild it from its name). */
  activation: string;
  /** Sample size n. */
  n: number;
  /** Input dimension p. */
  p: number;
  /** Width d. */
  d: number;
  /** Ridge penalty λ ≥ 0, or `"gcv"`. */
  lambda: number | 'gcv';
  /** Noise variance σ² > 0. */
  noiseVariance: number;
  /** Signal strength r² = ‖β‖². */
  signal: number;
  /** Confidence level (default 0.95). */
  level?: number;
  /** Number of replicates R ≥ 2. */
  replicates: number;
  /** Seed (default 1); replicate i depends on `(seed, i)` only, as in `rfci coverage`. */
  seed?: number;
  /** Worker threads (default 0: the calling thread); the numbers do not depend on it. */
  workers?: number;
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
 * Gaussian W (d×p, N(0, 1/p)) per replicate — the coverage study
 * `rfci coverage --n n --p p --d d --signal √r² --noise-sd σ --seed seed` run
 * through {@link runCoverageStudy} — and summarises `√n · se` (the interval
 * length over `2q/√n`), the half-length and the coverage (METHOD §5–6).
 *
 * @example
 * const sim = await simulateIntervalLength({ activation: 'relu', n: 400, p: 200, d: 100, lambda: 1e-3, noiseVariance: 1, signal: 4, replicates: 20 });
 * sim.meanSqrtNStdError; // compare with predictIntervalLength(...).sqrtNStdError
 */
export async function simulateIntervalLength(options: LengthSimulationOptions): Promise<LengthSimulation> {
  const { n, replicates } = options;
  if (!Number.isInteger(replicates) || replicates < 2) throw new InvalidArgumentError(`replicates must be an integer ≥ 2, got ${replicates}`);
  if (typeof options.activation !== 'string') throw new InvalidArgumentError('a simulation needs a built-in activation name (replicates run on worker threads)');
  if (!(options.noiseVariance > 0)) throw new InvalidArgumentError(`a simulation needs noise variance σ² > 0, got ${options.noiseVariance}`);
  if (!(options.signal >= 0)) throw new InvalidArgumentError(`signal strength r² must be ≥ 0, got ${options.signal}`);
  const settings = studySettings({
    n,
    p: options.p,
    width: options.d,
    activation: options.activation,
    lambda: options.lambda,
    level: options.level ?? 0.95,
    noiseSd: Math.sqrt(options.noiseVariance),
    signal: Math.sqrt(options.signal),
    seed: options.seed ?? 1,
  });
  const { records, summary } = await runCoverageStudy(settings, { reps: replicates, workers: options.workers ?? 0 });
  const toSqrtNStdError = Math.sqrt(n) / (2 * intervalQuantile(settings.level));
  const values = records.map((r) => toSqrtNStdError * mean(r.lengths));
  return {
    replicates,
    meanSqrtNStdError: mean(values),
    sqrtNStdErrorMcse: sampleStandardDeviation(values) / Math.sqrt(replicates),
    meanHalfLength: summary!.meanLength / 2,
    coverage: summary!.coverage,
    coverageMcse: summary!.coverageStdError,
    meanLambda: summary!.meanLambda,
  };
}
