/**
 * The readable summary of a coefficient inference, in the style of R's
 * `summary.lm`.
 *
 * @module
 */
import type { CoefficientInference } from '../inference/inferCoefficients.js';
import type { CoefficientRow } from '../inference/intervals.js';
import { type Align, formatNumber, formatPValue, significanceMark, textTable } from './textTable.js';

/** Extra information a front end adds to the summary header. */
export interface SummaryOptions {
  /** Lines printed under the header (data source, centering, …). */
  notes?: readonly string[];
  /** A known value per term printed in a column `true` (e.g. the simulated β). */
  truth?: ArrayLike<number>;
  /** Adjusted p-values of the coefficients then the contrasts (column `p adj.`). */
  pAdjusted?: readonly number[];
}

/** Options of {@link coefficientTable}. */
export interface CoefficientTableOptions {
  /** A known value per term printed in a column `true` with `covered` (e.g. the simulated β). */
  truth?: ArrayLike<number> | undefined;
  /** Adjusted p-values, printed in a column `p adj.` after the p-value. */
  pAdjusted?: readonly number[] | undefined;
  /** Name of the statistic: `"z"` (normal, the network) or `"t"` (least squares). Default `"z"`. */
  statistic?: 'z' | 't';
}

/**
 * The coefficient block of a summary, as R's `summary.lm` prints it: estimate,
 * standard error, statistic, p-value with significance mark, interval bounds;
 * optionally adjusted p-values and a known truth with a `covered` column.
 *
 * @example
 * coefficientTable(result.coefficients, 0.95, { pAdjusted });
 */
export function coefficientTable(rows: readonly CoefficientRow[], level: number, options: CoefficientTableOptions = {}): string {
  const { truth, pAdjusted } = options;
  const stat = options.statistic ?? 'z';
  const lo = `${formatNumber((100 * (1 - level)) / 2, 3)} %`;
  const hi = `${formatNumber(100 - (100 * (1 - level)) / 2, 3)} %`;
  const header = ['', 'Estimate', 'Std. Error', `${stat} value`, `Pr(>|${stat}|)`, '', ...(pAdjusted ? ['p adj.'] : []), lo, hi, ...(truth ? ['true', 'covered'] : [])];
  const body = rows.map((r, j) => {
    const cells = [
      r.term,
      formatNumber(r.estimate),
      formatNumber(r.stdError),
      r.statistic.toFixed(2),
      formatPValue(r.pValue),
      significanceMark(r.pValue),
      ...(pAdjusted ? [formatPValue(pAdjusted[j]!)] : []),
      formatNumber(r.lower),
      formatNumber(r.upper),
    ];
    if (truth) {
      const b = truth[j]!;
      cells.push(formatNumber(b), r.lower <= b && b <= r.upper ? 'yes' : 'NO');
    }
    return cells;
  });
  const align: Align[] = ['left', 'right', 'right', 'right', 'right', 'left', ...(pAdjusted ? (['right'] as const) : []), 'right', 'right', 'right', 'right'];
  return textTable([header, ...body], align);
}

/**
 * Formats a {@link CoefficientInference} as text: a header with the network
 * and the data, the coefficient table with significance marks and interval
 * bounds, contrasts, the network's degrees of freedom and residual norm, and
 * a `Warnings:` block when the result carries warnings.
 *
 * @example
 * console.log(formatSummary(randomFeaturesInference(X, y, { width: 300 })));
 */
export function formatSummary(result: CoefficientInference, options: SummaryOptions = {}): string {
  const lines: string[] = [];
  lines.push('Random-features network inference for the linear part β* (Shen & Bellec, NeurIPS 2020)');
  lines.push(
    `  n = ${result.n}, p = ${result.p}, width d = ${result.d}, activation ${result.activation}, ` +
      `lambda = ${formatNumber(result.lambda)}${result.lambdaSelection === 'gcv' ? ' chosen by GCV (shortest interval)' : ''} (${result.form} form)`,
  );
  const how = result.covariance === 'unknown' ? 'unknown (estimated from X, METHOD §3)' : result.covariance;
  lines.push(`  covariance of x: ${how}; level ${formatNumber(result.level)}`);
  for (const note of options.notes ?? []) lines.push(`  ${note}`);
  const p = result.coefficients.length;
  lines.push('', 'Coefficients:', coefficientTable(result.coefficients, result.level, { truth: options.truth, pAdjusted: options.pAdjusted?.slice(0, p) }));
  lines.push('---', "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1");
  if (result.contrasts && result.contrasts.length > 0) {
    lines.push('', 'Contrasts aᵀβ*:', coefficientTable(result.contrasts, result.level, { pAdjusted: options.pAdjusted?.slice(p) }));
  }
  lines.push(
    '',
    `Network degrees of freedom df = ${formatNumber(result.df)} (n − df = ${formatNumber(result.residualDf)}); ` +
      `residual norm ‖ψ‖ = ${formatNumber(result.residualNorm)}`,
  );
  if (result.warnings.length > 0) lines.push('', 'Warnings:', ...result.warnings.map((w, k) => `  ${k + 1}. ${w}`));
  return lines.join('\n');
}
