/**
 * A real-data fit: the network's intervals (METHOD §2–3), least squares on the
 * same design beside them, multiplicity adjustments and the design
 * diagnostics, as one plain-data result.
 *
 * @module
 */
import { type DesignDiagnostics, designDiagnostics } from '../diagnostics/design.js';
import type { FittedNetwork, RandomFeaturesOptions } from '../estimator/network.js';
import { type FilterFittedNetwork, fitWithTraining } from '../training/filterRegression.js';
import type { TrainingInput } from '../training/rules.js';
import { type CoefficientInference, type InferenceOptions, inferCoefficients } from '../inference/inferCoefficients.js';
import { type AdjustMethod, adjustPValues, simultaneousLevel } from '../inference/multiplicity.js';
import { type OlsInference, ordinaryLeastSquares } from '../inference/ols.js';
import type { Matrix } from '../linalg/index.js';
import { checkLevel } from '../validate/inputs.js';

/** A design to fit: predictors, response, names, and whether an intercept was removed by centering. */
export interface DesignInput {
  /** Predictors, n×p (as fitted). */
  readonly X: Matrix;
  /** Response, length n (as fitted). */
  readonly y: Float64Array;
  /** Predictor names. */
  readonly terms: readonly string[];
  /** Whether y and X were centered (least squares then uses n − p − 1 residual df). */
  readonly centered: boolean;
}

/** Options of {@link fitDataSet}: the network's, the inference's, and multiplicity. */
export interface DataFitOptions extends RandomFeaturesOptions, Omit<InferenceOptions, 'terms'> {
  /** Training rule of the second layer: `"ridge"` (default), `"flow:T"` or `"gd:STEPS:ETA"` (METHOD §4; known covariance). */
  training?: TrainingInput;
  /** Adjust the p-values for multiple testing (adds `pAdjusted`). */
  adjust?: AdjustMethod;
  /** Bonferroni-simultaneous intervals over all reported rows (terms and contrasts). */
  simultaneous?: boolean;
}

/** A term whose network and least-squares intervals do not overlap. */
export interface Disagreement {
  /** Term name. */
  readonly term: string;
  /** Network interval. */
  readonly network: [number, number];
  /** Least-squares interval. */
  readonly ols: [number, number];
}

/** The result of {@link fitDataSet}: plain data. */
export interface DataFitResult {
  /** The fitted network (features, weights W, residuals, …). */
  readonly fitted: FittedNetwork | FilterFittedNetwork;
  /** The network's coefficient inference, at `intervalLevel`. */
  readonly inference: CoefficientInference;
  /** Least squares on the same design (absent when p ≥ n or too few residual df). */
  readonly ols?: OlsInference;
  /** Why least squares is absent. */
  readonly olsNote?: string;
  /** Diagnostics of the design. */
  readonly diagnostics: DesignDiagnostics;
  /** The level asked for. */
  readonly level: number;
  /** The level of each interval: `level`, or `1 − (1 − level)/m` when simultaneous. */
  readonly intervalLevel: number;
  /** Whether the intervals are Bonferroni-simultaneous. */
  readonly simultaneous: boolean;
  /** The p-value adjustment used, if any. */
  readonly adjust?: AdjustMethod;
  /** Adjusted p-values of the network rows (terms then contrasts), when `adjust`. */
  readonly pAdjusted?: number[];
  /** Adjusted p-values of the least-squares rows, when `adjust` and OLS is present. */
  readonly olsPAdjusted?: number[];
  /** Terms whose network and least-squares intervals do not overlap. */
  readonly disagreements: Disagreement[];
}

/**
 * Fits the network to a design and computes: its intervals (unknown covariance
 * by default for real data, METHOD §3), least squares on the same design when
 * p < n, the design diagnostics, adjusted p-values and simultaneous intervals
 * on request, and the terms where the network and least squares disagree
 * (intervals that do not overlap).
 *
 * @example
 * const design = readRealData('cars.csv', { response: 'mpg', standardize: true, dropMissing: true });
 * const result = fitDataSet(design, { activation: 'relu', width: 300, lambda: 0.01, adjust: 'holm' });
 * result.inference.coefficients; result.ols?.coefficients; result.diagnostics.warnings;
 */
export function fitDataSet(design: DesignInput, options: DataFitOptions = {}): DataFitResult {
  const level = checkLevel(options.level ?? 0.95);
  const terms = [...design.terms];
  const rows = terms.length + (options.contrasts?.length ?? 0);
  const simultaneous = options.simultaneous ?? false;
  const intervalLevel = simultaneous ? simultaneousLevel(level, rows) : level;
  const fitted = fitWithTraining(design.X, design.y, options);
  const inference = inferCoefficients(fitted, {
    covariance: options.covariance ?? 'unknown',
    level: intervalLevel,
    terms,
    ...(options.contrasts !== undefined ? { contrasts: options.contrasts } : {}),
  });
  const n = design.X.rows, p = design.X.cols;
  const olsDf = n - p - (design.centered ? 1 : 0);
  const olsLevel = simultaneous ? simultaneousLevel(level, terms.length) : level;
  const ols = olsDf >= 1 ? ordinaryLeastSquares(design.X, design.y, { level: olsLevel, terms, centered: design.centered }) : undefined;
  const diagnostics = designDiagnostics(design.X, terms);
  const networkRows = [...inference.coefficients, ...(inference.contrasts ?? [])];
  const disagreements: Disagreement[] = [];
  ols?.coefficients.forEach((o, j) => {
    const r = inference.coefficients[j]!;
    if (r.upper < o.lower || o.upper < r.lower) disagreements.push({ term: r.term, network: [r.lower, r.upper], ols: [o.lower, o.upper] });
  });
  return {
    fitted,
    inference,
    ...(ols !== undefined ? { ols } : { olsNote: `least squares needs n − p${design.centered ? ' − 1' : ''} ≥ 1 (n = ${n}, p = ${p})` }),
    diagnostics,
    level,
    intervalLevel,
    simultaneous,
    ...(options.adjust !== undefined
      ? {
          adjust: options.adjust,
          pAdjusted: adjustPValues(networkRows.map((r) => r.pValue), options.adjust),
          ...(ols !== undefined ? { olsPAdjusted: adjustPValues(ols.coefficients.map((r) => r.pValue), options.adjust) } : {}),
        }
      : {}),
    disagreements,
  };
}
