/**
 * Plain-text reports of coverage studies: one study's summary, and the table
 * of a sweep over widths (METHOD §6).
 *
 * @module
 */
import { describeStudy } from '../simulation/settings.js';
import type { CoverageSummary } from '../simulation/summary.js';
import { formatNumber, formatPValue, textTable } from './textTable.js';

/**
 * The summary of one study as aligned text lines.
 *
 * @example
 * console.log(formatCoverageSummary(summary));
 */
export function formatCoverageSummary(s: CoverageSummary, notes: readonly string[] = []): string {
  const f = (x: number, d = 4) => formatNumber(x, d);
  const rows: string[][] = [
    ['coverage', `${f(s.coverage)}  (Monte Carlo se ${f(s.coverageStdError, 2)}; 95% interval ${f(s.coverageLower)} to ${f(s.coverageUpper)}; nominal ${s.level})`],
    ['per-coordinate coverage', `${f(s.coordinateCoverageMin, 3)} to ${f(s.coordinateCoverageMax, 3)}`],
    ['pivot mean, sd', `${f(s.pivotMean, 3)}, ${f(s.pivotSd)}  (N(0, 1): 0, 1)`],
    ['KS distance to N(0, 1)', `${f(s.ksStatistic, 3)}  (p-value ${formatPValue(s.ksPValue)}; pivots of one replicate are dependent)`],
    ['mean interval length', `${f(s.meanLength)}${s.predictedLength !== undefined ? `  (predicted ${f(s.predictedLength)}, METHOD §5)` : ''}`],
    ['mean df', f(s.meanDf)],
    ...(s.settings.lambda === 'gcv' ? [['mean λ chosen by GCV', formatNumber(s.meanLambda, 4)]] : []),
    ['time', `${f(s.seconds, 3)} s, ${f(s.repsPerSecond, 3)} replicates/s`],
  ];
  return [
    `Coverage study: ${describeStudy(s.settings)}`,
    `${s.reps} replicates × ${s.settings.p} coordinates = ${s.intervals} intervals`,
    '',
    textTable(rows, ['left', 'left']),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}

/**
 * A sweep's table: one row per width with d/n, coverage and its 95% interval,
 * pivot sd, KS distance, mean length (and predicted length) and mean df.
 *
 * @example
 * console.log(formatSweepTable(summaries));
 */
export function formatSweepTable(summaries: readonly CoverageSummary[]): string {
  const predicted = summaries.some((s) => s.predictedLength !== undefined);
  const header = ['d', 'd/n', 'coverage', 'se', '95% interval', 'pivot sd', 'KS', 'mean length', ...(predicted ? ['predicted'] : []), 'df'];
  const rows = summaries.map((s) => [
    String(s.settings.width),
    formatNumber(s.settings.width / s.settings.n, 3),
    formatNumber(s.coverage, 4),
    formatNumber(s.coverageStdError, 2),
    `${formatNumber(s.coverageLower, 3)}–${formatNumber(s.coverageUpper, 3)}`,
    formatNumber(s.pivotSd, 4),
    formatNumber(s.ksStatistic, 3),
    formatNumber(s.meanLength, 4),
    ...(predicted ? [s.predictedLength !== undefined ? formatNumber(s.predictedLength, 4) : '—'] : []),
    formatNumber(s.meanDf, 4),
  ]);
  const first = summaries[0]!;
  return [
    `Coverage sweep over width d: ${describeStudy(first.settings).replace(/ d=\d+/, '')}`,
    `${first.reps} replicates per width, nominal ${first.level}`,
    '',
    textTable([header, ...rows], header.map((_, j) => (j === 4 ? 'left' : 'right'))),
  ].join('\n');
}
