/**
 * Text, CSV and JSON outputs of a training path (METHOD §4).
 *
 * @module
 */
import type { TrainingPath, TrainingPathPoint } from '../training/path.js';
import { formatNumber, textTable } from './textTable.js';
import { csvText, tidyCells, tidyColumns } from './tidy.js';

function isGd(path: TrainingPath): boolean {
  return path.points[0]?.steps !== undefined;
}

function selected(pt: TrainingPathPoint, terms: readonly string[]) {
  return terms.map((t) => pt.coefficients.find((c) => c.term === t)!);
}

/**
 * The path as a text table: one row per training time (or step count) with df,
 * n − df, `‖ψ̃‖` (every standard error is `‖ψ̃‖√Ω_jj`) and, for each chosen
 * term, the estimate and its interval; the row with the shortest intervals is
 * marked `*`.
 *
 * @example
 * console.log(formatPath(path, ['x1', 'x2'], ['data: cars.csv']));
 */
export function formatPath(path: TrainingPath, terms: readonly string[], notes: readonly string[] = []): string {
  const gd = isGd(path);
  const pct = `${formatNumber(100 * path.level)}%`;
  const header = [...(gd ? ['steps T', 'time ηT'] : ['time t']), 'df', 'n − df', '‖ψ̃‖', ...terms.flatMap((t) => [t, `${pct} interval`]), ''];
  const body = path.points.map((pt, i) => [
    ...(gd ? [String(pt.steps)] : []),
    formatNumber(pt.time),
    formatNumber(pt.df),
    formatNumber(pt.residualDf),
    formatNumber(pt.scaledResidualNorm),
    ...selected(pt, terms).flatMap((c) => [formatNumber(c.estimate), `[${formatNumber(c.lower)}, ${formatNumber(c.upper)}]`]),
    i === path.shortest ? '*' : '',
  ]);
  const best = path.points[path.shortest]!;
  const lines = [
    `Interval path along training (${gd ? 'full-batch gradient descent' : 'gradient flow'} from α = 0, METHOD §4)`,
    `  n = ${path.n}, p = ${path.p}, width d = ${path.d}, activation ${path.activation}, lambda = ${formatNumber(path.lambda)} (${path.form} eigendecomposition)`,
    `  covariance of x: ${path.covariance}; level ${formatNumber(path.level)}`,
    ...notes.map((n) => `  ${n}`),
    '',
    textTable([header, ...body], header.map((_, j) => (j === header.length - 1 ? 'left' : 'right'))),
    '',
    `* shortest intervals at ${gd ? `T = ${best.steps} steps (ηT = ${formatNumber(best.time)})` : `t = ${formatNumber(best.time)}`}: ` +
      `df = ${formatNumber(best.df)}, interval length ${formatNumber(2 * (best.coefficients[0]!.upper - best.coefficients[0]!.estimate))} for ${best.coefficients[0]!.term} ` +
      `(lengths are ∝ ‖ψ̃‖ = ‖ψ‖/(n − df) at every time, so every term is shortest at the same time).`,
  ];
  return lines.join('\n');
}

/**
 * The path as tidy CSV: one row per (point, term) with columns
 * `time, steps, df, residual_df, term, estimate, std_error, statistic, p_value, conf_low, conf_high`.
 *
 * @example
 * writeFileSync('path.csv', pathCsv(path, ['x1']));
 */
export function pathCsv(path: TrainingPath, terms: readonly string[]): string {
  const rows = path.points.flatMap((pt) => selected(pt, terms).map((c) => [pt.time, pt.steps ?? '', pt.df, pt.residualDf, ...tidyCells(c)]));
  return csvText(['time', 'steps', 'df', 'residual_df', ...tidyColumns()], rows);
}

/**
 * The path as a JSON object: the network and inference settings, `extras`,
 * the index and time of the shortest intervals, and `path`: one object per
 * point `{ time, steps?, df, residualDf, residualNorm, scaledResidualNorm,
 * coefficients: [{ term, estimate, stdError, statistic, pValue, lower, upper }] }`.
 *
 * @example
 * JSON.stringify(pathJson(path, ['x1'], { centered: true }), null, 2);
 */
export function pathJson(path: TrainingPath, terms: readonly string[], extras: Record<string, unknown> = {}): Record<string, unknown> {
  const best = path.points[path.shortest]!;
  const { points, shortest, ...settings } = path;
  return {
    ...settings,
    ...extras,
    shortest: { index: shortest, time: best.time, ...(best.steps !== undefined ? { steps: best.steps } : {}), df: best.df },
    path: points.map((pt) => ({ ...pt, coefficients: selected(pt, terms) })),
  };
}
