/**
 * The settings of a coverage study (METHOD §6): plain JSON with every
 * specification in canonical text, so that two studies are the same study
 * exactly when their settings are equal (the record file's header stores them).
 *
 * @module
 */
import { getActivation } from '../activations/registry.js';
import { InvalidArgumentError } from '../errors.js';
import { type FirstLayerDistribution, firstLayerDistributions } from '../features/firstLayer.js';
import { checkLambda, checkLevel } from '../validate/inputs.js';
import { coefficientsText, parseCoefficients } from './coefficients.js';
import { designText, parseDesign } from './design.js';
import { noiseText, parseNoise } from './noise.js';
import { nonlinearText, parseNonlinear } from './nonlinear.js';
import { parseTraining, trainingSpec } from '../training/rules.js';

/** Whether the inference is given Σ (`known`) or estimates it (`unknown`, METHOD §3). */
export type CovarianceKnowledge = 'known' | 'unknown';

/** Everything that determines the records of a study (not how many, nor where they run). */
export interface StudySettings {
  /** Sample size n. */
  readonly n: number;
  /** Dimension p. */
  readonly p: number;
  /** Width d. */
  readonly width: number;
  /** Activation name. */
  readonly activation: string;
  /** Ridge penalty λ ≥ 0, or `gcv`: chosen on each replicate's data by generalized cross-validation. */
  readonly lambda: number | 'gcv';
  /** Confidence level. */
  readonly level: number;
  /** Design: `identity`, `ar1:RHO`, `equi:RHO`. */
  readonly design: string;
  /** Noise: `gaussian`, `t:NU`, `hetero`. */
  readonly noise: string;
  /** Noise standard deviation σ. */
  readonly noiseSd: number;
  /** β: `dense` or `sparse:K`. */
  readonly beta: string;
  /** ‖β‖. */
  readonly signal: number;
  /** Nonlinear perturbation: `none` or `quad:C`. */
  readonly nonlinear: string;
  /** Distribution of the first layer W. */
  readonly weightsDistribution: FirstLayerDistribution;
  /** Training rule: `ridge`. */
  readonly training: string;
  /** Known or unknown Σ in the inference. */
  readonly covariance: CovarianceKnowledge;
  /** Seed of the study; replicate i uses streams `(seed, 'replicate', i, …)`. */
  readonly seed: number;
}

/** Defaults of every setting but the width. */
export const DEFAULT_STUDY: Omit<StudySettings, 'width'> = {
  n: 400,
  p: 200,
  activation: 'relu',
  lambda: 1e-3,
  level: 0.95,
  design: 'identity',
  noise: 'gaussian',
  noiseSd: 1,
  beta: 'dense',
  signal: 1,
  nonlinear: 'none',
  weightsDistribution: 'gaussian',
  training: 'ridge',
  covariance: 'known',
  seed: 1,
};

function positiveInteger(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 1) throw new InvalidArgumentError(`${name} must be a whole number ≥ 1, got ${v}`);
  return v;
}

function nonNegative(name: string, v: number): number {
  if (!Number.isFinite(v) || v < 0) throw new InvalidArgumentError(`${name} must be a finite number ≥ 0, got ${v}`);
  return v;
}

/**
 * Completes settings with {@link DEFAULT_STUDY}, validates every value (each
 * error names the setting and what is allowed) and puts specifications in
 * canonical text (`ar1:.5` → `ar1:0.5`).
 *
 * @example
 * const s = studySettings({ n: 400, p: 200, width: 300, design: 'ar1:0.5' });
 */
export function studySettings(input: Partial<StudySettings> & { width: number }): StudySettings {
  const s = { ...DEFAULT_STUDY, ...input };
  const n = positiveInteger('n', s.n);
  const p = positiveInteger('p', s.p);
  if (s.covariance !== 'known' && s.covariance !== 'unknown') {
    throw new InvalidArgumentError(`covariance must be known or unknown, got "${String(s.covariance)}"`);
  }
  const training = parseTraining(s.training, '--training');
  if (s.covariance === 'unknown' && training.kind !== 'ridge') {
    throw new InvalidArgumentError(`--training ${trainingSpec(training)} needs a known covariance (METHOD §4); unknown covariance (METHOD §3) is for ridge training only`);
  }
  if (s.lambda === 'gcv' && training.kind !== 'ridge') {
    throw new InvalidArgumentError(`--lambda gcv chooses the ridge penalty of ridge training; --training ${trainingSpec(training)} needs a number`);
  }
  if (s.covariance === 'unknown' && n <= p) {
    throw new InvalidArgumentError(`unknown covariance needs n > p (Σ is estimated from X, METHOD §3), got n = ${n}, p = ${p}; use --covariance known or more rows`);
  }
  if (!firstLayerDistributions.includes(s.weightsDistribution)) {
    throw new InvalidArgumentError(`weights distribution must be one of ${firstLayerDistributions.join(', ')}, got "${s.weightsDistribution}"`);
  }
  if (!Number.isSafeInteger(s.seed)) throw new InvalidArgumentError(`seed must be an integer, got ${s.seed}`);
  if (!(s.noiseSd > 0) || !Number.isFinite(s.noiseSd)) throw new InvalidArgumentError(`noise sd must be a finite number > 0, got ${s.noiseSd}`);
  return {
    n,
    p,
    width: positiveInteger('width d', s.width),
    activation: getActivation(s.activation).name,
    lambda: s.lambda === 'gcv' ? 'gcv' : checkLambda(s.lambda),
    level: checkLevel(s.level),
    design: designText(parseDesign(s.design, p)),
    noise: noiseText(parseNoise(s.noise)),
    noiseSd: s.noiseSd,
    beta: coefficientsText(parseCoefficients(s.beta, p)),
    signal: nonNegative('signal ‖β‖', s.signal),
    nonlinear: nonlinearText(parseNonlinear(s.nonlinear)),
    weightsDistribution: s.weightsDistribution,
    training: trainingSpec(training),
    covariance: s.covariance,
    seed: s.seed,
  };
}

/**
 * A one-line description of a study for reports.
 *
 * @example
 * describeStudy(s); // 'n=400 p=200 d=300 relu λ=0.001 ridge; Σ identity (known); β dense ‖β‖=1; noise gaussian sd 1; W gaussian; seed 1'
 */
export function describeStudy(s: StudySettings): string {
  const nl = s.nonlinear === 'none' ? '' : `; nonlinear ${s.nonlinear}`;
  return (
    `n=${s.n} p=${s.p} d=${s.width} ${s.activation} λ=${s.lambda} ${s.training}; Σ ${s.design} (${s.covariance}); ` +
    `β ${s.beta} ‖β‖=${s.signal}; noise ${s.noise} sd ${s.noiseSd}${nl}; W ${s.weightsDistribution}; seed ${s.seed}`
  );
}
