/**
 * Machine-readable outputs of a coefficient inference: broom-style CSV and the
 * JSON object of the `rfci fit` contract.
 *
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import type { CoefficientInference } from '../inference/inferCoefficients.js';
import type { CoefficientRow } from '../inference/intervals.js';

/**
 * Broom-style CSV: one row per term (and contrast) with columns
 * `term, estimate, std_error, statistic, p_value, conf_low, conf_high`.
 *
 * @example
 * writeFileSync('coef.csv', tidyCsv(result));
 */
export function tidyCsv(result: CoefficientInference): string {
  const rows = [...result.coefficients, ...(result.contrasts ?? [])].map((r: CoefficientRow) => [
    r.term,
    r.estimate,
    r.stdError,
    r.statistic,
    r.pValue,
    r.lower,
    r.upper,
  ]);
  return stringify(rows, {
    header: true,
    columns: ['term', 'estimate', 'std_error', 'statistic', 'p_value', 'conf_low', 'conf_high'],
    cast: { number: (v) => String(v) },
  });
}

/** Fields a front end adds to the JSON output (e.g. `centered`, `seed`). */
export type JsonExtras = Record<string, unknown>;

function rowJson(r: CoefficientRow): Record<string, number | string> {
  return { term: r.term, estimate: r.estimate, stdError: r.stdError, statistic: r.statistic, pValue: r.pValue, lower: r.lower, upper: r.upper };
}

/**
 * The JSON object of the `rfci fit` contract: `{ n, p, d, activation, lambda,
 * level, covariance, df, residualNorm, coefficients: [{ term, estimate,
 * stdError, statistic, pValue, lower, upper }], contrast?, warnings: string[] }`
 * plus `extras`.
 * One contrast prints as `contrast`, several as `contrasts`.
 *
 * @example
 * JSON.stringify(inferenceJson(result, { centered: true }), null, 2);
 */
export function inferenceJson(result: CoefficientInference, extras: JsonExtras = {}): Record<string, unknown> {
  const contrasts = result.contrasts ?? [];
  return {
    n: result.n,
    p: result.p,
    d: result.d,
    activation: result.activation,
    lambda: result.lambda,
    lambdaSelection: result.lambdaSelection,
    ...(result.training !== undefined ? { training: result.training } : {}),
    level: result.level,
    covariance: result.covariance,
    form: result.form,
    ...extras,
    df: result.df,
    residualDf: result.residualDf,
    residualNorm: result.residualNorm,
    scaledResidualNorm: result.scaledResidualNorm,
    coefficients: result.coefficients.map(rowJson),
    ...(contrasts.length === 1 ? { contrast: rowJson(contrasts[0]!) } : {}),
    ...(contrasts.length > 1 ? { contrasts: contrasts.map(rowJson) } : {}),
    warnings: result.warnings,
  };
}
