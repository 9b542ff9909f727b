/**
 * One Monte Carlo replicate (METHOD §6): simulate a data set, draw W, fit,
 * infer, and record for every coordinate the pivot `(θ̂_j − β*_j)/se_j`,
 * whether the interval covers β*_j, and its length. Replicate i depends on
 * `(seed, i)` only.
 *
 * @module
 */
import type { RandomFeaturesOptions } from '../estimator/network.js';
import { drawFirstLayer } from '../features/firstLayer.js';
import { type InferenceOptions, inferCoefficients } from '../inference/inferCoefficients.js';
import { withRecycledMatrices } from '../linalg/recycling.js';
import { createGenerator } from '../random/generator.js';
import { parseCoefficients } from './coefficients.js';
import { parseDesign, prepareSimulatedDesign } from './design.js';
import { parseNoise } from './noise.js';
import { parseNonlinear } from './nonlinear.js';
import type { StudySettings } from './settings.js';
import { type DataModel, simulateData } from './simulate.js';
import { fitWithTraining } from '../training/filterRegression.js';
import { type TrainingRule, parseTraining } from '../training/rules.js';

/** What one replicate records (one JSON line of a record file). */
export interface ReplicateRecord {
  /** Replicate index i (0-based). */
  readonly index: number;
  /** Pivots `(θ̂_j − β*_j)/se_j`, one per coordinate. */
  readonly pivots: number[];
  /** Whether `lower_j ≤ β*_j ≤ upper_j`. */
  readonly covered: boolean[];
  /** Interval lengths `upper_j − lower_j`. */
  readonly lengths: number[];
  /** Degrees of freedom of the fit `df = tr H`. */
  readonly df: number;
  /** The ridge penalty λ of the fit (the GCV choice when the study's λ is `gcv`). */
  readonly lambda: number;
  /** Compute time of the replicate in seconds. */
  readonly seconds: number;
}

/** A study ready to run replicates: the data model and the fit and inference options. */
export interface PreparedStudy {
  /** The settings it was prepared from. */
  readonly settings: StudySettings;
  /** The data-generating process. */
  readonly model: DataModel;
  /** Network hyperparameters and training rule (W is drawn per replicate and added). */
  readonly fit: RandomFeaturesOptions & {
    /** The training rule of the second layer (METHOD §4). */
    readonly training: TrainingRule;
  };
  /** Inference options (Σ known as `{ covariance: Σ }`, identity, or unknown). */
  readonly inference: InferenceOptions;
}

/**
 * Parses the settings once into the data model and the fit/inference options
 * (Σ and its Cholesky factor are computed here, not per replicate).
 *
 * @example
 * const study = prepareStudy(studySettings({ width: 300 }));
 */
export function prepareStudy(settings: StudySettings): PreparedStudy {
  const design = prepareSimulatedDesign(parseDesign(settings.design, settings.p), settings.p);
  const model: DataModel = {
    n: settings.n,
    design,
    coefficients: parseCoefficients(settings.beta, settings.p),
    signal: settings.signal,
    noise: parseNoise(settings.noise),
    noiseSd: settings.noiseSd,
    nonlinear: parseNonlinear(settings.nonlinear),
  };
  const fit = { activation: settings.activation, lambda: settings.lambda, training: parseTraining(settings.training, '--training') };
  const covariance: InferenceOptions['covariance'] =
    settings.covariance === 'unknown' ? 'unknown' : design.covariance ? { covariance: design.covariance } : 'identity';
  return { settings, model, fit, inference: { covariance, level: settings.level } };
}

/**
 * Runs replicate `index`: data from streams `(seed, 'replicate', index, …)`,
 * W from `(seed, 'replicate', index, 'first-layer')`, fit and inference with
 * the study's options.
 *
 * @example
 * const record = runReplicate(prepareStudy(studySettings({ width: 300 })), 0);
 * record.pivots.length; // p
 */
export function runReplicate(study: PreparedStudy, index: number): ReplicateRecord {
  const start = performance.now();
  const s = study.settings;
  // the record holds numbers only, so the replicate's matrices can serve the next one
  return withRecycledMatrices(() => {
    const { X, y, beta } = simulateData(study.model, s.seed, 'replicate', index);
    const weights = drawFirstLayer({
      width: s.width,
      inputDimension: s.p,
      distribution: s.weightsDistribution,
      seed: createGenerator(s.seed, 'replicate', index, 'first-layer'),
    });
    const fitted = fitWithTraining(X, y, { ...study.fit, weights });
    const result = inferCoefficients(fitted, study.inference);
    const rows = result.coefficients;
    return {
      index,
      pivots: rows.map((r, j) => (r.estimate - beta[j]!) / r.stdError),
      covered: rows.map((r, j) => r.lower <= beta[j]! && beta[j]! <= r.upper),
      lengths: rows.map((r) => r.upper - r.lower),
      df: result.df,
      lambda: result.lambda,
      seconds: (performance.now() - start) / 1000,
    };
  });
}
