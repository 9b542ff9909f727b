/**
 * The readable summary of a coefficient inference, in the style of R's
 * `summary.lm`.
 *
 * @module
 */
import type { CoefficientInference } from '../inference/inferCoefficients.js';
import type { CoefficientRow } from '../inference/intervals.js';
import { formatNumber, formatPValue, significanceMark, textTable } from './textTable.js';

/** Extra information a front end adds to the summary header. */
export interface SummaryOptions {
  /** Lines printed under the header (data source, centering, …). */
  notes?: readonly string[];
  /** A known value per term printed in a column `true` (e.g. the simulated β). */
  truth?: ArrayLike<number>;
}

function coefficientLines(rows: readonly CoefficientRow[], level: number, truth?: ArrayLike<number>): string {
  const lo = `${formatNumber((100 * (1 - level)) / 2, 3)} %`;
  const hi = `${formatNumber(100 - (100 * (1 - level)) / 2, 3)} %`;
  const header = ['', 'Estimate', 'Std. Error', 'z value', 'Pr(>|z|)', '', lo, hi, ...(truth ? ['true', 'covered'] : [])];
  const body = rows.map((r, j) => {
    const cells = [
      r.term,
      formatNumber(r.estimate),
      formatNumber(r.stdError),
      r.statistic.toFixed(2),
      formatPValue(r.pValue),
      significanceMark(r.pValue),
      formatNumber(r.lower),
      formatNumber(r.upper),
    ];
    if (truth) {
      const b = truth[j]!;
      cells.push(formatNumber(b), r.lower <= b && b <= r.upper ? 'yes' : 'NO');
    }
    return cells;
  });
  return textTable([header, ...body], ['left', 'right', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'right']);
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
      `lambda = ${formatNumber(result.lambda)} (${result.form} form)`,
  );
  lines.push(`  covariance of x: ${result.covariance}; level ${formatNumber(result.level)}`);
  for (const note of options.notes ?? []) lines.push(`  ${note}`);
  lines.push('', 'Coefficients:', coefficientLines(result.coefficients, result.level, options.truth));
  lines.push('---', "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1");
  if (result.contrasts && result.contrasts.length > 0) {
    lines.push('', 'Contrasts aᵀβ*:', coefficientLines(result.contrasts, result.level));
  }
  lines.push(
    '',
    `Network degrees of freedom df = ${formatNumber(result.df)} (n − df = ${formatNumber(result.residualDf)}); ` +
      `residual norm ‖ψ‖ = ${formatNumber(result.residualNorm)}`,
  );
  if (result.warnings.length > 0) lines.push('', 'Warnings:', ...result.warnings.map((w, k) => `  ${k + 1}. ${w}`));
  return lines.join('\n');
}
