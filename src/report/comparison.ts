/**
 * Outputs of an activation comparison (METHOD §5): a readable table, tidy CSV
 * and JSON.
 *
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import type { ActivationComparison, ComparisonPoint } from '../theory/compare.js';
import { formatNumber, textTable } from './textTable.js';

/** How a comparison's λ prints: the number, or `optimal` explained. */
function lambdaLabel(lambda: number | 'optimal'): string {
  return lambda === 'optimal' ? 'optimal (each point at its shortest-interval λ, the limit of --lambda gcv)' : formatNumber(lambda);
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);
const show = (x: number, digits = 4): string => (Number.isFinite(x) ? formatNumber(x, digits) : 'Inf');

function byWidth(cmp: ActivationComparison): ComparisonPoint[][] {
  const k = cmp.activations.length;
  return Array.from({ length: cmp.points.length / k }, (_, i) => cmp.points.slice(i * k, (i + 1) * k));
}

/**
 * The comparison as text: one row per width with the predicted half-length
 * `q √(R/n)` of each activation and the best (shortest) one, simulated values
 * beside them when simulated, then each activation's interpolation peak.
 *
 * @example
 * const cmp = compareActivations({ activations: ['relu', 'tanh'], n: 1000, pOverN: 0.5, dOverN: [0.5, 1, 2], lambda: 1e-3, noiseVariance: 1, signal: 1 });
 * console.log(formatComparison(cmp));
 */
export function formatComparison(cmp: ActivationComparison): string {
  const names = cmp.activations.map((a) => a.activation);
  const s = cmp.setting;
  const header = ['d/n', 'd', ...names, 'best'];
  const rows = byWidth(cmp).map((pts) => [
    formatNumber(pts[0]!.dOverN),
    String(pts[0]!.d),
    ...pts.map((pt) => show(pt.prediction.halfLength) + (pt.simulation ? ` (${show(pt.simulation.meanHalfLength)})` : '')),
    pts.find((pt) => pt.best)?.activation ?? '-',
  ]);
  const peakRows = [
    ['activation', 'μ1', 'μ*', 'peak d/n', 'peak d', 'half-length'],
    ...cmp.peaks.map((pk, a) => [
      pk.activation,
      formatNumber(cmp.activations[a]!.mu1),
      formatNumber(cmp.activations[a]!.muStar),
      pk.interior ? formatNumber(pk.dOverN) : `${formatNumber(pk.dOverN)} (grid end)`,
      String(pk.d),
      show(pk.halfLength),
    ]),
  ];
  const lines = [
    'Predicted half-length q √(R/n) of each coefficient interval, by activation and width (METHOD §5, Marchenko–Pastur)',
    `  n = ${cmp.n}, p = ${cmp.p}, lambda = ${lambdaLabel(s.lambda)}, noise variance σ² = ${formatNumber(s.noiseVariance)}, signal r² = ${formatNumber(s.signal)}, level ${formatNumber(s.level)}`,
  ];
  if (cmp.simulated > 0) {
    lines.push(`  in parentheses: mean simulated half-length over ${cmp.simulated} replicates${s.lambda === 'optimal' ? ' (λ chosen by GCV on each data set)' : ''}`);
  }
  lines.push('', textTable([header, ...rows], ['right', 'right', ...names.map(() => 'right' as const), 'left']));
  lines.push('', 'Interpolation peak (largest predicted half-length; Inf: λ = 0 at d = n):', textTable(peakRows, ['left', 'right', 'right', 'right', 'right', 'right']));
  return lines.join('\n');
}

/**
 * The comparison as tidy CSV: one row per activation and width with columns
 * `activation, d_over_n, d, lambda, half_length, sqrt_n_std_error, test_risk,
 * df_over_n, kappa, best` (+ simulated columns when simulated). An infinite
 * prediction prints as `Inf`.
 *
 * @example
 * writeFileSync('compare.csv', comparisonCsv(cmp));
 */
export function comparisonCsv(cmp: ActivationComparison): string {
  const sim = cmp.simulated > 0;
  const columns = ['activation', 'd_over_n', 'd', 'lambda', 'half_length', 'sqrt_n_std_error', 'test_risk', 'df_over_n', 'kappa', 'best'];
  if (sim) columns.push('simulated_half_length', 'simulated_sqrt_n_std_error', 'simulated_mcse', 'simulated_coverage');
  const rows = cmp.points.map((pt) => {
    const pr = pt.prediction;
    const row: (string | number | boolean)[] = [pt.activation, pt.dOverN, pt.d, pr.lambda, pr.halfLength, pr.sqrtNStdError, pr.testRisk, pr.dfOverN, pr.kappa, pt.best];
    if (pt.simulation) row.push(pt.simulation.meanHalfLength, pt.simulation.meanSqrtNStdError, pt.simulation.sqrtNStdErrorMcse, pt.simulation.coverage);
    return row;
  });
  return stringify(rows, {
    header: true,
    columns,
    cast: { number: (v) => (Number.isFinite(v) ? String(v) : 'Inf'), boolean: (v) => String(v) },
  });
}

/**
 * The comparison as a JSON-ready object: `{ n, p, lambda, noiseVariance,
 * signal, level, activations: [{ activation, mu0, mu1, muStar }], points:
 * [{ activation, dOverN, d, lambda, halfLength, sqrtNStdError, testRisk, dfOverN,
 * kappa, best, simulated? }], best: [{ dOverN, d, activation }], peaks }`.
 * Infinite values (λ = 0 at d = n) are `null`.
 *
 * @example
 * JSON.stringify(comparisonJson(cmp), null, 2);
 */
export function comparisonJson(cmp: ActivationComparison): Record<string, unknown> {
  return {
    ...cmp.setting,
    p: cmp.p,
    spectrum: 'marchenko-pastur',
    activations: cmp.activations,
    points: cmp.points.map((pt) => ({
      activation: pt.activation,
      dOverN: pt.dOverN,
      d: pt.d,
      lambda: pt.prediction.lambda,
      halfLength: finiteOrNull(pt.prediction.halfLength),
      sqrtNStdError: finiteOrNull(pt.prediction.sqrtNStdError),
      testRisk: finiteOrNull(pt.prediction.testRisk),
      dfOverN: pt.prediction.dfOverN,
      kappa: pt.prediction.kappa,
      best: pt.best,
      ...(pt.simulation ? { simulated: pt.simulation } : {}),
    })),
    best: byWidth(cmp).map((pts) => ({ dOverN: pts[0]!.dOverN, d: pts[0]!.d, activation: pts.find((pt) => pt.best)?.activation ?? null })),
    peaks: cmp.peaks.map((pk) => ({ ...pk, halfLength: finiteOrNull(pk.halfLength) })),
  };
}
