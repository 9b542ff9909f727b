/**
 * Comparing activations (and widths) by their predicted interval length,
 * without simulating (METHOD §5): the double descent of the length in d/n,
 * the best activation at each width and the interpolation peak.
 *
 * @module
 */
import type { Activation } from '../activations/activation.js';
import { InvalidArgumentError } from '../errors.js';
import { type HermiteCoefficients, hermiteCoefficients } from './hermite.js';
import { type IntervalLengthPrediction, type PredictionSetting, optimalLambdaPrediction, predictIntervalLength } from './predict.js';
import { type LengthSimulation, simulateIntervalLength } from './simulateLength.js';

/** The shared setting of a comparison: λ may be `"optimal"` (each point at its shortest-interval λ). */
export interface ComparisonSetting extends Omit<PredictionSetting, 'lambda'> {
  /** Ridge penalty λ ≥ 0, or `"optimal"`: at each activation and width the λ with the shortest predicted interval (the limit of `lambda: "gcv"`). */
  lambda: number | 'optimal';
}

/** Options of {@link compareActivations}. */
export interface ComparisonOptions extends ComparisonSetting {
  /** Activations to compare (names or user-defined `{ name, f, df }`). */
  activations: ReadonlyArray<string | Activation>;
  /** Ratio p/n; p = round(p/n · n). */
  pOverN: number;
  /** Widths as ratios d/n (sorted here); d = round(d/n · n) (at least 1). */
  dOverN: readonly number[];
}

/** Options of {@link simulateComparison}. */
export interface ComparisonSimulationOptions {
  /** Replicates per activation and width (≥ 2). */
  replicates: number;
  /** Seed of the simulation. Default 1. */
  seed?: number;
  /** Worker threads (default 0: the calling thread); the numbers do not depend on it. */
  workers?: number;
  /** Called after each simulated point with (points done, points in all). */
  onProgress?: (done: number, total: number) => void;
}

/** One activation at one width. */
export interface ComparisonPoint {
  /** Activation name. */
  readonly activation: string;
  /** The requested d/n. */
  readonly dOverN: number;
  /** Width d. */
  readonly d: number;
  /** The prediction (half-length, √n·se, R, κ, df/n, …). */
  readonly prediction: IntervalLengthPrediction;
  /** True for the activation with the shortest predicted interval at this width. */
  readonly best: boolean;
  /** The simulated check, when added by {@link simulateComparison}. */
  readonly simulation?: LengthSimulation;
}

/** Where the predicted length of one activation is largest. */
export interface InterpolationPeak {
  /** Activation name. */
  readonly activation: string;
  /** Width d of the maximum (searched over every integer d between the grid neighbours of the largest grid value). */
  readonly d: number;
  /** d/n at the maximum. */
  readonly dOverN: number;
  /** The largest predicted half-length (`Infinity` at d = n with λ = 0). */
  readonly halfLength: number;
  /** False when the maximum sits at an end of the grid (no interior peak). */
  readonly interior: boolean;
}

/** The result of {@link compareActivations}: plain data. */
export interface ActivationComparison {
  /** Sample size n. */
  readonly n: number;
  /** Input dimension p. */
  readonly p: number;
  /** The setting shared by every point. */
  readonly setting: Required<ComparisonSetting>;
  /** Hermite coefficients of each activation, in the order given. */
  readonly activations: HermiteCoefficients[];
  /** One point per width (outer) and activation (inner). */
  readonly points: ComparisonPoint[];
  /** The interpolation peak of each activation. */
  readonly peaks: InterpolationPeak[];
  /** Replicates per simulated point (0 when not simulated, see {@link simulateComparison}). */
  readonly simulated: number;
}

type WidthPrediction = (d: number) => IntervalLengthPrediction;

function peakOf(name: string, n: number, widths: readonly number[], lengths: readonly number[], predictAt: WidthPrediction): InterpolationPeak {
  let best = 0;
  for (let i = 1; i < lengths.length; i++) if (lengths[i]! > lengths[best]!) best = i;
  const interior = best > 0 && best < lengths.length - 1;
  let d = widths[best]!, halfLength = lengths[best]!;
  if (interior && Number.isFinite(halfLength)) {
    const lo = widths[best - 1]!, hi = widths[best + 1]!;
    const stride = Math.max(1, Math.ceil((hi - lo) / 4000));
    for (let w = lo + 1; w < hi; w += stride) {
      const h = predictAt(w).halfLength;
      if (h > halfLength) [d, halfLength] = [w, h];
    }
  }
  return { activation: name, d, dOverN: d / n, halfLength, interior };
}

/**
 * Predicts the interval half-length of each activation at each width d/n
 * (Marchenko–Pastur spectrum, METHOD §5), marks the activation with the
 * shortest interval at each width, and locates each activation's
 * interpolation peak (the largest predicted length; refined over the integer
 * widths between the grid neighbours of the largest grid value). With
 * `lambda: "optimal"` every point is predicted at its own shortest-interval λ
 * ({@link optimalLambdaPrediction}) — a comparison free of the scale of φ
 * (scaling φ by c is dividing λ by c²). {@link simulateComparison} adds a
 * simulated check.
 *
 * @example
 * const cmp = compareActivations({ activations: ['relu', 'tanh'], n: 1000, pOverN: 0.5, dOverN: [0.1, 1, 10], lambda: 1e-3, noiseVariance: 1, signal: 1 });
 * cmp.points.filter((pt) => pt.best); cmp.peaks;
 */
export function compareActivations(options: ComparisonOptions): ActivationComparison {
  const { n, pOverN } = options;
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`sample size n must be a positive integer, got ${n}`);
  if (!(pOverN > 0) || !Number.isFinite(pOverN)) throw new InvalidArgumentError(`p/n must be a positive number, got ${pOverN}`);
  if (options.activations.length === 0) throw new InvalidArgumentError('give at least one activation to compare');
  if (options.dOverN.length === 0 || options.dOverN.some((r) => !(r > 0) || !Number.isFinite(r))) {
    throw new InvalidArgumentError('the widths d/n must be a non-empty list of positive numbers');
  }
  const p = Math.max(1, Math.round(pOverN * n));
  const setting: Required<ComparisonSetting> = {
    n,
    lambda: options.lambda,
    noiseVariance: options.noiseVariance,
    signal: options.signal,
    level: options.level ?? 0.95,
  };
  const ratios = [...options.dOverN].sort((a, b) => a - b);
  const widths = ratios.map((r) => Math.max(1, Math.round(r * n)));
  const coefficients = options.activations.map((a) => hermiteCoefficients(a));
  const predictors: WidthPrediction[] = coefficients.map((c, a) => {
    const common = { ...setting, activation: options.activations[a]!, coefficients: c, p };
    const lambda = setting.lambda;
    return lambda === 'optimal' ? (d) => optimalLambdaPrediction({ ...common, d }) : (d) => predictIntervalLength({ ...common, lambda, d });
  });
  const grid = ratios.map((dOverN, i) => {
    const d = widths[i]!;
    const preds = predictors.map((predictAt) => predictAt(d));
    const shortest = Math.min(...preds.map((pred) => pred.halfLength));
    return preds.map((pred) => ({
      activation: pred.activation,
      dOverN,
      d,
      prediction: pred,
      best: pred.halfLength === shortest && Number.isFinite(shortest),
    }));
  });
  const points: ComparisonPoint[] = grid.flat();
  const peaks = coefficients.map((c, a) =>
    peakOf(
      c.activation,
      n,
      widths,
      grid.map((row) => row[a]!.prediction.halfLength),
      predictors[a]!,
    ),
  );
  return { n, p, setting, activations: coefficients, points, peaks, simulated: 0 };
}

/**
 * Checks a comparison by simulation: runs R replicates at every point through
 * {@link simulateIntervalLength} (the coverage engine, same seed at every
 * point) and returns the comparison with each point's `simulation` added. A
 * comparison at `lambda: "optimal"` is simulated with `lambda: "gcv"` (λ chosen
 * on each data set). Activations must be built-in names.
 *
 * @example
 * const checked = await simulateComparison(compareActivations({ activations: ['relu'], n: 200, pOverN: 0.5, dOverN: [0.5, 2], lambda: 1e-3, noiseVariance: 1, signal: 1 }), { replicates: 20, workers: 2 });
 * checked.points[0].simulation?.meanHalfLength;
 */
export async function simulateComparison(cmp: ActivationComparison, options: ComparisonSimulationOptions): Promise<ActivationComparison> {
  const { replicates } = options;
  if (!Number.isInteger(replicates) || replicates < 2) throw new InvalidArgumentError(`simulate needs a number of replicates ≥ 2, got ${replicates}`);
  const { setting } = cmp;
  const points: ComparisonPoint[] = [];
  for (const pt of cmp.points) {
    const simulation = await simulateIntervalLength({
      ...setting,
      lambda: setting.lambda === 'optimal' ? 'gcv' : setting.lambda,
      activation: pt.activation,
      p: cmp.p,
      d: pt.d,
      replicates,
      seed: options.seed ?? 1,
      workers: options.workers ?? 0,
    });
    points.push({ ...pt, simulation });
    options.onProgress?.(points.length, cmp.points.length);
  }
  return { ...cmp, points, simulated: replicates };
}
