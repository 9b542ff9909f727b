/**
 * Data-calibrated coverage: how often the intervals cover on the user's own
 * design at the user's n. Each replicate resamples the user's rows (or draws
 * Gaussian rows with the same mean and covariance), generates
 * `y = X β̂_OLS + σ̂ ε` with Gaussian ε, refits exactly as the user's fit
 * (same transformation, first layer W, activation, λ, covariance, level) and
 * records whether each interval covers its target. Replicate i of seed s uses
 * `createGenerator(s, 'calibrate', regime, i)` only, so results do not depend on
 * how replicates are run.
 *
 * @module
 */
import { RfciError } from '../errors.js';
import { RandomFeaturesRegression } from '../estimator/network.js';
import { inferCoefficients } from '../inference/inferCoefficients.js';
import type { CovarianceInput } from '../inference/precision.js';
import { ordinaryLeastSquares } from '../inference/ols.js';
import { type RawDesign, transformDesign } from '../io/realData.js';
import { type Matrix, addToRows, cholesky, gram, matmulTransB, matrix, matvec, scale, selectRows } from '../linalg/index.js';
import type { Activation } from '../activations/activation.js';
import { type Generator, type Seed, createGenerator } from '../random/generator.js';

/** Where the rows of a calibration replicate come from. */
export type CalibrationRegime = 'resampled' | 'gaussian';

/** The user's fit, as the calibration repeats it. */
export interface CalibrationSpec {
  /** The untransformed design (rows are resampled from it). */
  readonly raw: RawDesign;
  /** Transformation applied before fitting (as the user's fit). */
  readonly center: boolean;
  /** Standardize the columns (as the user's fit). */
  readonly standardize: boolean;
  /** The first layer W of the user's fit (d×p), reused in every replicate. */
  readonly weights: Matrix;
  /** Activation. */
  readonly activation: string | Activation;
  /** Ridge penalty λ, or `"gcv"` (chosen again on every replicate, as on the user's data). */
  readonly lambda: number | 'gcv';
  /** Covariance input of the user's fit. Default `"unknown"`. */
  readonly covariance?: CovarianceInput;
  /** Level of each interval (the simultaneous level when the user asked for it). */
  readonly level: number;
}

/** Options of {@link calibrateCoverage}. */
export interface CalibrationOptions {
  /** Number of replicates R per regime. */
  replicates: number;
  /** Seed. Default 1. */
  seed?: Seed;
  /** Regimes to run. Default both. */
  regimes?: readonly CalibrationRegime[];
  /** Called after each replicate (progress). */
  onReplicate?: (regime: CalibrationRegime, done: number, total: number) => void;
}

/** Coverage of one term in one regime. */
export interface TermCoverage {
  /** Term name. */
  readonly term: string;
  /** Fraction of replicates whose network interval covers the target. */
  readonly coverage: number;
  /** Binomial Monte Carlo standard error `√(c(1 − c)/R)`. */
  readonly mcse: number;
  /** Standard deviation of the pivot `(θ̂ − β)/se` across replicates (1 when calibrated). */
  readonly pivotSd: number;
  /** Coverage of the least-squares t interval. */
  readonly olsCoverage: number;
}

/** Coverage in one regime. */
export interface RegimeCoverage {
  /** `"resampled"` (the user's rows) or `"gaussian"` (Gaussian rows, same mean and covariance). */
  readonly regime: CalibrationRegime;
  /** Replicates that produced intervals. */
  readonly replicates: number;
  /** Replicates that failed (e.g. a resample with a constant column), skipped. */
  readonly failed: number;
  /** Coverage over all terms and replicates. */
  readonly coverage: number;
  /** Its Monte Carlo standard error, across replicates (terms of one replicate share the fit). */
  readonly mcse: number;
  /** Least-squares coverage on the same replicates. */
  readonly olsCoverage: number;
  /** Its Monte Carlo standard error. */
  readonly olsMcse: number;
  /** Mean interval length of the network, per term in order. */
  readonly meanLength: number[];
  /** Per-term coverage. */
  readonly terms: TermCoverage[];
}

/** The result of {@link calibrateCoverage}. */
export interface CalibrationResult {
  /** Nominal level of each interval. */
  readonly level: number;
  /** Replicates asked for per regime. */
  readonly replicates: number;
  /** Seed. */
  readonly seed: Seed;
  /** The data-generating coefficients in the file's units (least squares on the user's design). */
  readonly beta: number[];
  /** Noise sd σ̂ of the data-generating model. */
  readonly sigma: number;
  /** One entry per regime. */
  readonly regimes: RegimeCoverage[];
}

function drawRows(raw: RawDesign, regime: CalibrationRegime, rng: Generator, gaussian: { mean: Float64Array; L: Matrix }): Matrix {
  const n = raw.X.rows, p = raw.X.cols;
  if (regime === 'resampled') return selectRows(raw.X, Array.from({ length: n }, () => rng.integer(n)));
  // rows mean + L z with z ~ N(0, I_p): Z Lᵀ + 1 meanᵀ
  const Z = matrix(n, p, rng.fillNormal(new Float64Array(n * p)));
  return addToRows(matmulTransB(Z, gaussian.L), gaussian.mean);
}

const mean = (x: readonly number[]): number => x.reduce((s, v) => s + v, 0) / x.length;
const sd = (x: readonly number[]): number => {
  const m = mean(x);
  return Math.sqrt(x.reduce((s, v) => s + (v - m) ** 2, 0) / Math.max(1, x.length - 1));
};

/**
 * Runs the data-calibrated coverage check. The data-generating model is least
 * squares on the user's (centered) design: `β` in the file's units and `σ̂² =
 * RSS/(n − p − 1)`. In a replicate the target of term j is `β_j s*_j`, with
 * `s*_j` the sd used to standardize that replicate's column (1 when not
 * standardizing): exactly the coefficient of the transformed column.
 *
 * @example
 * const cal = calibrateCoverage({ raw: design.raw, center: true, standardize: true, weights: fit.fitted.weights,
 *   activation: 'relu', lambda: 0.01, level: 0.95 }, { replicates: 200, seed: 1 });
 * cal.regimes[0].coverage; // on resampled rows
 */
export function calibrateCoverage(spec: CalibrationSpec, options: CalibrationOptions): CalibrationResult {
  const { raw } = spec;
  const n = raw.X.rows, p = raw.X.cols;
  const seed = options.seed ?? 1;
  const base = transformDesign(raw, { center: true });
  const gen = ordinaryLeastSquares(base.X, base.y, { terms: raw.terms, centered: true });
  const beta = Array.from(gen.beta);
  const sigma = gen.sigma;
  // base.X is raw.X centered (base.means its column means): the Gaussian regime's mean and covariance
  const { L } = cholesky(scale(gram(base.X), 1 / (n - 1)), 'sample covariance of the predictors');
  const model = new RandomFeaturesRegression({ activation: spec.activation, lambda: spec.lambda, weights: spec.weights });
  const regimes = (options.regimes ?? ['resampled', 'gaussian']).map((regime): RegimeCoverage => {
    const perRep: number[] = [], olsPerRep: number[] = [];
    const covered = new Array<number>(p).fill(0), olsCovered = new Array<number>(p).fill(0);
    const lengths = new Array<number>(p).fill(0);
    const pivots: number[][] = Array.from({ length: p }, () => []);
    let failed = 0;
    for (let i = 0; i < options.replicates; i++) {
      const rng = createGenerator(seed, 'calibrate', regime, i);
      const X = drawRows(raw, regime, rng, { mean: base.means, L });
      const y = matvec(X, beta);
      for (let k = 0; k < n; k++) y[k] += sigma * rng.normal();
      try {
        const t = transformDesign({ X, y, terms: raw.terms }, { center: spec.center, standardize: spec.standardize });
        const truth = beta.map((b, j) => b * t.sds[j]!);
        const r = inferCoefficients(model.fit(t.X, t.y), { covariance: spec.covariance ?? 'unknown', level: spec.level, terms: raw.terms });
        const o = ordinaryLeastSquares(t.X, t.y, { level: spec.level, terms: raw.terms, centered: spec.center });
        let c = 0, co = 0;
        r.coefficients.forEach((row, j) => {
          const b = truth[j]!;
          const hit = row.lower <= b && b <= row.upper ? 1 : 0;
          const ohit = o.coefficients[j]!.lower <= b && b <= o.coefficients[j]!.upper ? 1 : 0;
          covered[j]! += hit;
          olsCovered[j]! += ohit;
          c += hit;
          co += ohit;
          lengths[j]! += row.upper - row.lower;
          pivots[j]!.push((row.estimate - b) / row.stdError);
        });
        perRep.push(c / p);
        olsPerRep.push(co / p);
      } catch (e) {
        if (!(e instanceof RfciError)) throw e;
        failed++;
      }
      options.onReplicate?.(regime, i + 1, options.replicates);
    }
    const R = perRep.length;
    return {
      regime,
      replicates: R,
      failed,
      coverage: R > 0 ? mean(perRep) : NaN,
      mcse: R > 1 ? sd(perRep) / Math.sqrt(R) : NaN,
      olsCoverage: R > 0 ? mean(olsPerRep) : NaN,
      olsMcse: R > 1 ? sd(olsPerRep) / Math.sqrt(R) : NaN,
      meanLength: lengths.map((l) => l / R),
      terms: raw.terms.map((term, j) => {
        const cj = covered[j]! / R;
        return { term, coverage: cj, mcse: Math.sqrt((cj * (1 - cj)) / R), pivotSd: sd(pivots[j]!), olsCoverage: olsCovered[j]! / R };
      }),
    };
  });
  return { level: spec.level, replicates: options.replicates, seed, beta, sigma, regimes };
}
