/**
 * The predicted interval length of a coverage study (METHOD §5), shown beside
 * the simulated mean length when the study is in the setting of the
 * prediction.
 *
 * @module
 */
import { type IntervalLengthPrediction, optimalLambdaPrediction, predictIntervalLength } from '../theory/predict.js';
import { parseNoise } from './noise.js';
import type { StudySettings } from './settings.js';

/**
 * Why METHOD §5 does not predict the length of a study's intervals, or
 * undefined when it does. §5 needs Σ = I known to the inference, the linear
 * model `y = xᵀβ + ε` (no nonlinear perturbation) with noise independent of x
 * (gaussian or t: both have variance σ², the `hetero` noise does not), ridge
 * training and the Gaussian first layer of the Marchenko–Pastur law.
 *
 * @example
 * predictionExclusion(studySettings({ width: 300, noise: 'hetero' })); // 'the noise depends on x'
 */
export function predictionExclusion(s: StudySettings): string | undefined {
  if (s.design !== 'identity') return `Σ is ${s.design}, not the identity`;
  if (s.covariance !== 'known') return 'Σ is estimated by the inference';
  if (s.nonlinear !== 'none') return 'the model has a nonlinear perturbation';
  if (parseNoise(s.noise).kind === 'hetero') return 'the noise depends on x';
  if (s.training !== 'ridge') return `the training rule is ${s.training}, not ridge`;
  if (s.weightsDistribution !== 'gaussian') return `the first layer is ${s.weightsDistribution}, not gaussian`;
  return undefined;
}

/**
 * The METHOD §5 prediction for a study, when it applies
 * ({@link predictionExclusion}): Marchenko–Pastur spectrum of ratio d/p, noise
 * variance σ² = sd² (the t noise of the simulation is scaled to variance sd²),
 * signal r² = ‖β‖², at the study's λ — or, for `lambda: "gcv"`, at the λ with
 * the shortest predicted interval (the limit of the GCV choice).
 *
 * @example
 * studyPrediction(studySettings({ n: 400, p: 200, width: 300 }))?.halfLength;
 */
export function studyPrediction(s: StudySettings): IntervalLengthPrediction | undefined {
  if (predictionExclusion(s) !== undefined) return undefined;
  const setting = { activation: s.activation, n: s.n, p: s.p, d: s.width, noiseVariance: s.noiseSd ** 2, signal: s.signal ** 2, level: s.level };
  return s.lambda === 'gcv' ? optimalLambdaPrediction(setting) : predictIntervalLength({ ...setting, lambda: s.lambda });
}

/**
 * The predicted length `2 q √(R/n)` of each interval of a study (twice the
 * half-length of {@link studyPrediction}), or undefined when METHOD §5 does
 * not apply or predicts an infinite length (λ = 0 at d = n).
 *
 * @example
 * predictedStudyLength(studySettings({ n: 400, p: 200, width: 300 })); // ≈ 0.55
 */
export function predictedStudyLength(s: StudySettings): number | undefined {
  const prediction = studyPrediction(s);
  return prediction !== undefined && Number.isFinite(prediction.halfLength) ? 2 * prediction.halfLength : undefined;
}
