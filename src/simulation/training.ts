/**
 * Training rules of the second layer in a simulation study. Ridge (METHOD §1)
 * is the rule available now; the spectral-filter rules of METHOD §4 (gradient
 * flow `flow:T`, gradient descent `gd:STEPS:ETA`) plug in here as further
 * variants that map to fit options.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import type { RandomFeaturesOptions } from '../estimator/network.js';

/** A training rule. */
export type TrainingSpec = {
  /** The training rule of the second layer. */
  readonly kind: 'ridge';
};

/**
 * Parses a training rule (`ridge`).
 *
 * @example
 * parseTraining('ridge'); // { kind: 'ridge' }
 */
export function parseTraining(value: string, flag = '--training'): TrainingSpec {
  if (value.trim() === 'ridge') return { kind: 'ridge' };
  throw new InvalidArgumentError(`${flag} expects ridge (gradient flow and gradient descent are not available in this version), got "${value}"`);
}

/**
 * The canonical text of a training rule.
 *
 * @example
 * trainingText({ kind: 'ridge' }); // 'ridge'
 */
export function trainingText(spec: TrainingSpec): string {
  return spec.kind;
}

/**
 * The fit options a training rule adds to the network's hyperparameters
 * (ridge: none beyond λ).
 *
 * @example
 * new RandomFeaturesRegression({ lambda: 1e-3, ...trainingFitOptions({ kind: 'ridge' }) });
 */
export function trainingFitOptions(spec: TrainingSpec): Partial<RandomFeaturesOptions> {
  switch (spec.kind) {
    case 'ridge':
      return {};
  }
}
