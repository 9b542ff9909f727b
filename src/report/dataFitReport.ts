/**
 * Reports of a real-data fit ({@link DataFitResult}): the text summary (network
 * table, least squares beside it, disagreements, design diagnostics,
 * calibration), broom-style CSV with a `method` column, and the JSON contract
 * (`coefficients`, `ols`, `designDiagnostics`, `calibration`).
 *
 * @module
 */
import type { CalibrationResult } from '../analysis/calibrate.js';
import type { DataFitResult } from '../analysis/dataFit.js';
import type { DesignDiagnostics } from '../diagnostics/design.js';
import type { CoefficientRow } from '../inference/intervals.js';
import { coefficientTable, formatSummary } from './summary.js';
import { formatNumber, pValueClause, textTable } from './textTable.js';
import { csvText, inferenceJson, type JsonExtras, tidyCells, tidyColumns } from './tidy.js';

/** How the data were read and transformed, for the report header and JSON. */
export interface DataContext {
  /** Data file. */
  readonly data: string;
  /** Response column. */
  readonly response: string;
  /** Whether y and X were centered. */
  readonly centered: boolean;
  /** `"standardized"` or `"original"`. */
  readonly scale: 'standardized' | 'original';
  /** File rows dropped for missing values. */
  readonly droppedRows: readonly number[];
  /** How W was obtained (a line of text). */
  readonly firstLayer: string;
}

const f4 = (x: number): string => formatNumber(x, 4);

/**
 * Text lines of the design diagnostics: a table of per-column skewness and
 * excess kurtosis, Mardia's tests, the condition number, and warnings.
 *
 * @example
 * console.log(formatDiagnostics(result.diagnostics));
 */
export function formatDiagnostics(d: DesignDiagnostics): string {
  const lines = ['Design diagnostics (the intervals assume Gaussian rows of X, METHOD §1):'];
  lines.push(
    textTable(
      [['', 'skewness', 'excess kurtosis'], ...d.columns.map((c) => [c.term, formatNumber(c.skewness, 3), formatNumber(c.excessKurtosis, 3)])],
      ['left', 'right', 'right'],
    ),
  );
  if (d.mardia) {
    const m = d.mardia;
    lines.push(
      `Mardia skewness b1 = ${f4(m.skewness)}, chi-squared = ${f4(m.skewnessStatistic)} on ${m.skewnessDf} df, p ${pValueClause(m.skewnessPValue)}`,
      `Mardia kurtosis b2 = ${f4(m.kurtosis)} (Gaussian: ${formatNumber(d.columns.length * (d.columns.length + 2))}), z = ${f4(m.kurtosisStatistic)}, p ${pValueClause(m.kurtosisPValue)}`,
    );
  }
  lines.push(`scaled condition number of the design: ${formatNumber(d.conditionNumber, 3)}`);
  for (const w of d.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}

/**
 * Text of a calibration: per regime, the coverage reached with its Monte Carlo
 * standard error, least squares on the same replicates, and per-term coverage.
 *
 * @example
 * console.log(formatCalibration(cal));
 */
export function formatCalibration(cal: CalibrationResult): string {
  const lines = [
    `Data-calibrated coverage (nominal ${formatNumber(cal.level)}; ${cal.replicates} replicates per row source, seed ${cal.seed};`,
    `  y = X b_OLS + ${formatNumber(cal.sigma, 4)} eps, refit exactly as above):`,
  ];
  const label = (r: string) => (r === 'resampled' ? 'your rows, resampled' : 'Gaussian rows, same covariance');
  const mc = (c: number, se: number) => `${formatNumber(c, 3)} ± ${formatNumber(se, 2)}`;
  lines.push(
    textTable(
      [
        ['rows', 'network', 'least squares', ...cal.regimes[0]!.terms.map((t) => t.term)],
        ...cal.regimes.map((g) => [
          label(g.regime),
          mc(g.coverage, g.mcse),
          mc(g.olsCoverage, g.olsMcse),
          ...g.terms.map((t) => formatNumber(t.coverage, 3)),
        ]),
      ],
      ['left', 'right', 'right', ...cal.regimes[0]!.terms.map(() => 'right' as const)],
    ),
  );
  const res = cal.regimes.find((g) => g.regime === 'resampled');
  if (res && res.coverage + 2 * res.mcse < cal.level) {
    lines.push(
      `warning: on your rows the network intervals cover ${formatNumber(res.coverage, 3)}, below the nominal ${formatNumber(cal.level)} beyond Monte Carlo error; do not read them at face value`,
    );
  }
  for (const g of cal.regimes) if (g.failed > 0) lines.push(`note: ${g.failed} ${g.regime} replicates failed (e.g. a resample with a constant column) and were skipped`);
  return lines.join('\n');
}

/**
 * The report lines that describe the data: file, response, centering and
 * scaling, and the rows dropped for missing values.
 *
 * @example
 * dataNotes({ data: 'cars.csv', response: 'mpg', centered: true, scale: 'original', droppedRows: [] });
 * // ['data: cars.csv, response mpg; y and the columns of X centered']
 */
export function dataNotes(context: Pick<DataContext, 'data' | 'response' | 'centered' | 'scale' | 'droppedRows'>): string[] {
  return [
    `data: ${context.data}, response ${context.response}; ${context.centered ? 'y and the columns of X centered' : 'not centered (--no-center)'}` +
      `${context.scale === 'standardized' ? ', columns standardized (sd 1): coefficients are per standard deviation' : ''}`,
    ...(context.droppedRows.length > 0
      ? [`${context.droppedRows.length} row${context.droppedRows.length === 1 ? '' : 's'} with missing values dropped (--drop-missing)`]
      : []),
  ];
}

/**
 * The full text summary of a real-data fit, in the style of R's `summary.lm`.
 *
 * @example
 * console.log(formatDataFit(result, context));
 */
export function formatDataFit(result: DataFitResult, context: DataContext, calibration?: CalibrationResult): string {
  const notes = [
    ...dataNotes(context),
    context.firstLayer,
    ...(result.simultaneous
      ? [`Bonferroni-simultaneous intervals: each at level ${formatNumber(result.intervalLevel, 6)} so that all hold together with probability ≥ ${formatNumber(result.level)}`]
      : []),
    ...(result.adjust ? [`p adj.: p-values adjusted by ${result.adjust === 'bh' ? 'Benjamini–Hochberg (false discovery rate)' : result.adjust}`] : []),
  ];
  const parts = [formatSummary(result.inference, { notes, ...(result.pAdjusted ? { pAdjusted: result.pAdjusted } : {}) })];
  if (result.ols) {
    parts.push(
      [
        `Least squares on the same design (sigma = ${f4(result.ols.sigma)} on ${result.ols.residualDf} df${context.centered ? ', n − p − 1: centering estimated an intercept' : ''}):`,
        coefficientTable(result.ols.coefficients, result.ols.level, {
          statistic: 't',
          pAdjusted: result.olsPAdjusted,
        }),
      ].join('\n'),
    );
  } else if (result.olsNote) parts.push(`Least squares not shown: ${result.olsNote}`);
  for (const d of result.disagreements) {
    parts.push(
      `warning: ${d.term}: the network interval [${f4(d.network[0])}, ${f4(d.network[1])}] and the least-squares interval [${f4(d.ols[0])}, ${f4(d.ols[1])}] do not overlap`,
    );
  }
  parts.push(formatDiagnostics(result.diagnostics));
  if (calibration) parts.push(formatCalibration(calibration));
  return parts.join('\n\n');
}

const withAdjusted = (rows: readonly CoefficientRow[], adjusted: readonly number[] | undefined, offset = 0) =>
  rows.map((r, j) => ({
    term: r.term,
    estimate: r.estimate,
    stdError: r.stdError,
    statistic: r.statistic,
    pValue: r.pValue,
    ...(adjusted ? { pAdjusted: adjusted[offset + j]! } : {}),
    lower: r.lower,
    upper: r.upper,
  }));

/**
 * The JSON object of a real-data fit: the `rfci fit` contract
 * ({@link inferenceJson}) plus `scale`, `droppedRows`, `ols: [{ term, estimate,
 * stdError, statistic, pValue, lower, upper }]`, `olsResidualDf`, `olsSigma`,
 * `disagreements`, `designDiagnostics`, multiplicity fields and `calibration`.
 *
 * @example
 * JSON.stringify(dataFitJson(result, context, extras), null, 2);
 */
export function dataFitJson(result: DataFitResult, context: DataContext, extras: JsonExtras = {}, calibration?: CalibrationResult): Record<string, unknown> {
  const base = inferenceJson(result.inference, {
    centered: context.centered,
    scale: context.scale,
    droppedRows: context.droppedRows,
    ...extras,
  });
  const p = result.inference.coefficients.length;
  const contrasts = result.inference.contrasts ?? [];
  return {
    ...base,
    level: result.level,
    intervalLevel: result.intervalLevel,
    simultaneous: result.simultaneous,
    ...(result.adjust ? { adjust: result.adjust } : {}),
    coefficients: withAdjusted(result.inference.coefficients, result.pAdjusted),
    ...(contrasts.length === 1 ? { contrast: withAdjusted(contrasts, result.pAdjusted, p)[0] } : {}),
    ...(contrasts.length > 1 ? { contrasts: withAdjusted(contrasts, result.pAdjusted, p) } : {}),
    ...(result.inference.conditionNumber !== undefined ? { conditionNumber: result.inference.conditionNumber } : {}),
    ols: result.ols ? withAdjusted(result.ols.coefficients, result.olsPAdjusted) : null,
    ...(result.ols ? { olsResidualDf: result.ols.residualDf, olsSigma: result.ols.sigma } : { olsNote: result.olsNote }),
    disagreements: result.disagreements,
    designDiagnostics: result.diagnostics,
    ...(calibration ? { calibration } : {}),
  };
}

/**
 * Broom-style CSV of a real-data fit: columns `term, estimate, std_error,
 * statistic, p_value, [p_adjusted,] conf_low, conf_high, method`, network rows
 * (`method` = `network`) then least-squares rows (`ols`).
 *
 * @example
 * writeFileSync('coef.csv', dataFitCsv(result));
 */
export function dataFitCsv(result: DataFitResult): string {
  const adjusted = result.adjust !== undefined;
  const network = withAdjusted([...result.inference.coefficients, ...(result.inference.contrasts ?? [])], result.pAdjusted);
  const ols = result.ols ? withAdjusted(result.ols.coefficients, result.olsPAdjusted) : [];
  const line = (r: ReturnType<typeof withAdjusted>[number], method: string) => [...tidyCells(r, adjusted), method];
  return csvText([...tidyColumns(adjusted), 'method'], [...network.map((r) => line(r, 'network')), ...ols.map((r) => line(r, 'ols'))]);
}
