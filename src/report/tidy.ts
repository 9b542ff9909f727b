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
 * The broom-style columns of a coefficient row, `term, estimate, std_error,
 * statistic, p_value, conf_low, conf_high`, with `p_adjusted` after `p_value`
 * when `adjusted`. Every CSV of coefficients ({@link tidyCsv}, `dataFitCsv`,
 * `pathCsv`) uses them, in the order of {@link tidyCells}.
 *
 * @example
 * tidyColumns(true).length; // 8
 */
export function tidyColumns(adjusted = false): string[] {
  return ['term', 'estimate', 'std_error', 'statistic', 'p_value', ...(adjusted ? ['p_adjusted'] : []), 'conf_low', 'conf_high'];
}

/**
 * The cells of a coefficient row under {@link tidyColumns}: `pAdjusted` after
 * the p-value when `adjusted`.
 *
 * @example
 * tidyCells(result.coefficients[0]!).length; // 7
 */
export function tidyCells(row: CoefficientRow & { readonly pAdjusted?: number }, adjusted = false): Array<string | number> {
  return [row.term, row.estimate, row.stdError, row.statistic, row.pValue, ...(adjusted ? [row.pAdjusted!] : []), row.lower, row.upper];
}

/**
 * CSV text with a header line: `columns`, then `rows`; numbers print as
 * JavaScript does (`String(x)`: `NaN`, `Infinity`, `1e-300`), cells with a
 * comma or quote are quoted.
 *
 * @example
 * csvText(['term', 'estimate'], [['x1', 0.5]]); // 'term,estimate\nx1,0.5\n'
 */
export function csvText(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return stringify(rows as Array<Array<string | number>>, { header: true, columns: [...columns], cast: { number: (v) => String(v) } });
}

/**
 * Broom-style CSV: one row per term (and contrast) with columns
 * `term, estimate, std_error, statistic, p_value, conf_low, conf_high`.
 *
 * @example
 * writeFileSync('coef.csv', tidyCsv(result));
 */
export function tidyCsv(result: CoefficientInference): string {
  return csvText(tidyColumns(), [...result.coefficients, ...(result.contrasts ?? [])].map((r) => tidyCells(r)));
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
