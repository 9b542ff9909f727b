/**
 * The interval path along training: estimates, intervals and degrees of
 * freedom of every coefficient at every point of a grid of training times
 * (gradient flow) or step counts (gradient descent), all from one
 * eigendecomposition (METHOD §4).
 *
 * @module
 */
import { InvalidArgumentError, RfciError } from '../errors.js';
import { type CoefficientInference, type InferenceOptions, inferCoefficients } from '../inference/inferCoefficients.js';
import type { CoefficientRow } from '../inference/intervals.js';
import { type FilterFittedNetwork, retrain } from './filterRegression.js';
import { type TrainingRule, describeTraining, parseTraining, trainingTime } from './rules.js';

/** One point of a training path. */
export interface TrainingPathPoint {
  /** The rule at this point (e.g. `{ kind: 'flow', time: 10 }`). */
  readonly training: TrainingRule;
  /** Training time on the gradient-flow clock: t for flow, ηT for gradient descent. */
  readonly time: number;
  /** Number of gradient steps T (gradient descent only). */
  readonly steps?: number;
  /** Degrees of freedom `df = tr H`. */
  readonly df: number;
  /** `n − df`. */
  readonly residualDf: number;
  /** `‖ψ‖`. */
  readonly residualNorm: number;
  /** `‖ψ̃‖ = ‖ψ‖/(n − df)`: every standard error is `‖ψ̃‖√Ω_jj`. */
  readonly scaledResidualNorm: number;
  /** One row per coefficient. */
  readonly coefficients: CoefficientRow[];
  /** One row per contrast, when contrasts were given. */
  readonly contrasts?: CoefficientRow[];
  /** Cautions about the inference at this point (see `inferenceWarnings`), empty when none. */
  readonly warnings: string[];
}

/** A training path: the network, the inference settings and the points. */
export interface TrainingPath
  extends Omit<CoefficientInference, 'df' | 'residualDf' | 'residualNorm' | 'scaledResidualNorm' | 'coefficients' | 'contrasts' | 'parts' | 'training' | 'warnings' | 'lambdaSelection'> {
  /** The points, in the order of the rules given. */
  readonly points: TrainingPathPoint[];
  /**
   * Index of the point with the shortest intervals, i.e. the smallest
   * `‖ψ‖/(n − df)` (the same point for every coefficient and contrast).
   */
  readonly shortest: number;
}

/**
 * The rules of a path: gradient flow at each time of `grid`, or gradient
 * descent with step size η at each step count of `grid`.
 *
 * @example
 * pathRules('flow', [1, 10, 100]); // flow:1, flow:10, flow:100
 * pathRules('gd', [10, 100], 0.5); // gd:10:0.5, gd:100:0.5
 */
export function pathRules(kind: 'flow' | 'gd', grid: readonly number[], stepSize?: number): TrainingRule[] {
  return grid.map((v) =>
    kind === 'flow' ? parseTraining({ kind, time: v }) : parseTraining({ kind, steps: v, stepSize: stepSize ?? NaN }),
  );
}

/**
 * Coefficient inference at every rule of a path, reusing the eigendecomposition
 * of `fit`: `O(nd² + npd)` per point. Errors (e.g. `n − df ≤ 0` late in a
 * ridgeless run with d ≥ n) name the point.
 *
 * @example
 * const fit = new SpectralFilterRegression({ width: 300, lambda: 0, training: 'flow:1' }).fit(X, y);
 * const path = inferencePath(fit, pathRules('flow', [0.1, 1, 10, 100]));
 * path.points[path.shortest].time; // the training time with the shortest intervals
 */
export function inferencePath(fit: FilterFittedNetwork, rules: readonly TrainingRule[], options: InferenceOptions = {}): TrainingPath {
  let head: CoefficientInference | undefined;
  const points = rules.map((rule): TrainingPathPoint => {
    let r: CoefficientInference;
    try {
      r = inferCoefficients(retrain(fit, rule), options);
    } catch (e) {
      if (e instanceof RfciError) e.message = `at ${describeTraining(rule)}: ${e.message}`;
      throw e;
    }
    head ??= r;
    return {
      training: rule,
      time: trainingTime(rule),
      ...(rule.kind === 'gd' ? { steps: rule.steps } : {}),
      df: r.df,
      residualDf: r.residualDf,
      residualNorm: r.residualNorm,
      scaledResidualNorm: r.scaledResidualNorm,
      coefficients: r.coefficients,
      ...(r.contrasts !== undefined ? { contrasts: r.contrasts } : {}),
      warnings: r.warnings,
    };
  });
  if (head === undefined) throw new InvalidArgumentError('a training path needs at least one point (give a grid of times or steps)');
  let shortest = 0;
  points.forEach((pt, i) => {
    if (pt.scaledResidualNorm < points[shortest]!.scaledResidualNorm) shortest = i;
  });
  const { n, p, d, activation, lambda, level, form, covariance } = head;
  return { n, p, d, activation, lambda, level, form, covariance, points, shortest };
}

/**
 * The distinct warnings of a path, each with the training times (or step
 * counts) at which it applies, e.g. `"n − df = … is small … (at t = 500, 1000)"`.
 *
 * @example
 * for (const w of pathWarnings(path)) console.warn(w);
 */
export function pathWarnings(path: TrainingPath): string[] {
  const where = new Map<string, string[]>();
  for (const pt of path.points) {
    for (const w of pt.warnings) where.set(w, [...(where.get(w) ?? []), String(pt.steps ?? pt.time)]);
  }
  const unit = path.points[0]?.steps !== undefined ? 'T' : 't';
  return [...where].map(([w, at]) => (at.length === path.points.length ? w : `${w} (at ${unit} = ${at.join(', ')})`));
}
