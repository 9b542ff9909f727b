/**
 * `rfci path`: estimates, intervals and degrees of freedom along a training
 * run — gradient flow over a grid of times, or gradient descent over a grid of
 * step counts — from one eigendecomposition (METHOD §4).
 *
 * @module
 */
import type { Command } from 'commander';
import { DataError, InvalidArgumentError } from '../errors.js';
import { writeFileAtomic } from '../io/atomicWrite.js';
import { pathPlotSpec } from '../report/pathPlot.js';
import { formatPath, pathCsv, pathJson } from '../report/pathReport.js';
import { renderSvg } from '../report/forestPlot.js';
import { dataNotes } from '../report/dataFitReport.js';
import { formatNumber } from '../report/textTable.js';
import { SpectralFilterRegression } from '../training/filterRegression.js';
import { inferencePath, pathRules, pathWarnings } from '../training/path.js';
import { type FitCliOptions, addDataFileOptions, addNetworkOptions, checkFirstLayerFlags, covarianceSpec, firstLayerChoice, parseCovariance, readDataFile } from './fit.js';
import { choiceOption, gridOption, listOption, numberOption } from './options.js';
import { type MemoryCliOptions, addMemoryOption } from './memory.js';
import { checkOutputPath, emit, warnOnStderr } from './output.js';
import { pathOutputHelp } from './outputHelp.js';

/** Options of `rfci path` as parsed by commander: the data and network options of `rfci fit`, and the path's. */
export interface PathCliOptions
  extends Pick<
    FitCliOptions,
    'data' | 'response' | 'columns' | 'standardize' | 'dropMissing' | 'weights' | 'width' | 'weightsDist' | 'seed' | 'activation' | 'level' | 'covariance' | 'center' | 'format' | 'json' | 'out'
  >,
    MemoryCliOptions {
  lambda: number;
  training: 'flow' | 'gd';
  times?: number[];
  steps?: number[];
  eta?: number;
  terms?: string[];
  plot?: string;
}

/** Terms shown in the table and the plot when `--terms` is not given. */
const SHOWN_BY_DEFAULT = 6;
/** Default grids of `--times` and `--steps`. */
const DEFAULT_TIMES = '0.1:1000:25', DEFAULT_STEPS = '1:10000:25';

/** Step counts of a grid: rounded to whole numbers ≥ 1, repeats dropped. */
function wholeSteps(grid: readonly number[]): number[] {
  return [...new Set(grid.map((v) => Math.max(1, Math.round(v))))];
}

/** Runs `rfci path` with parsed options. */
export async function runPath(o: PathCliOptions): Promise<void> {
  checkFirstLayerFlags(o);
  if (o.training === 'flow' && (o.steps !== undefined || o.eta !== undefined)) {
    throw new InvalidArgumentError('--steps and --eta are for --training gd; gradient flow takes --times A:B:K');
  }
  if (o.training === 'gd' && o.times !== undefined) {
    throw new InvalidArgumentError('--times is for --training flow; gradient descent takes --steps A:B:K (and --eta)');
  }
  const inputs = { '--data': o.data, '--weights': o.weights, '--covariance': covarianceSpec(o.covariance).file };
  checkOutputPath(o.out, inputs);
  checkOutputPath(o.plot, { ...inputs, '--out': o.out }, '--plot');
  const design = readDataFile(o);
  for (const t of o.terms ?? []) {
    if (!design.terms.includes(t)) throw new DataError(`--terms: "${t}" is not a predictor; predictors: ${design.terms.join(', ')}`);
  }
  const firstLayer = firstLayerChoice(o, design.X.rows, design.X.cols, 'filter');
  const fit = new SpectralFilterRegression({
    activation: o.activation,
    lambda: o.lambda,
    training: { kind: 'flow', time: 0 },
    ...firstLayer.options,
  }).fit(design.X, design.y);
  const s = fit.spectrum.values;
  const sMax = s.length > 0 ? s[s.length - 1]! : 0;
  const eta = o.eta ?? 1 / (sMax + o.lambda);
  if (!(eta > 0 && eta * (sMax + o.lambda) < 2)) {
    throw new InvalidArgumentError(
      `--eta ${eta} makes gradient descent diverge: η(s_max + λ) = ${formatNumber(eta * (sMax + o.lambda))} must be < 2, where s_max = ${formatNumber(sMax)} is the largest eigenvalue of ΦᵀΦ/n; ` +
        `use --eta below 2/(s_max + λ) = ${formatNumber(2 / (sMax + o.lambda))} (default 1/(s_max + λ) = ${formatNumber(1 / (sMax + o.lambda))})`,
    );
  }
  const rules =
    o.training === 'flow'
      ? pathRules('flow', o.times ?? gridOption('--times')(DEFAULT_TIMES))
      : pathRules('gd', wholeSteps(o.steps ?? gridOption('--steps')(DEFAULT_STEPS)), eta);
  const path = inferencePath(fit, rules, { level: o.level, covariance: parseCovariance(o.covariance), terms: design.terms });
  const allTerms = o.terms ?? design.terms;
  const shownTerms = o.terms ?? design.terms.slice(0, SHOWN_BY_DEFAULT);
  const trainingNote =
    o.training === 'flow'
      ? 'gradient flow on (1/2n)‖y − Φα‖² + (λ/2)‖α‖² from α = 0'
      : `full-batch gradient descent from α = 0, step size η = ${formatNumber(eta)}${o.eta === undefined ? ' (default 1/(s_max + λ))' : ''}, stable below 2/(s_max + λ) = ${formatNumber(2 / (sMax + o.lambda))}`;
  warnOnStderr(pathWarnings(path));
  if (o.plot !== undefined) writeFileAtomic(o.plot, await renderSvg(pathPlotSpec(path, shownTerms)));
  const format = o.json ? 'json' : o.format;
  if (format === 'json') {
    const extras = {
      covariance: covarianceSpec(o.covariance).kind,
      training: o.training === 'flow' ? { kind: 'flow' } : { kind: 'gd', stepSize: eta },
      centered: design.centered,
      scale: design.scale,
      droppedRows: design.droppedRows,
      firstLayer: firstLayer.json,
    };
    emit(JSON.stringify(pathJson(path, allTerms, extras), null, 2), o.out);
  } else if (format === 'csv') {
    emit(pathCsv(path, allTerms), o.out);
  } else {
    const notes = [
      ...dataNotes({ data: o.data, response: o.response, centered: design.centered, scale: design.scale, droppedRows: design.droppedRows }),
      firstLayer.note,
      `training: ${trainingNote}`,
      ...(shownTerms.length < design.terms.length && o.terms === undefined
        ? [`showing ${shownTerms.length} of ${design.terms.length} terms; choose with --terms, or use --format csv/json for all`]
        : []),
      ...(o.plot !== undefined ? [`plot written to ${o.plot}`] : []),
    ];
    emit(formatPath(path, shownTerms, notes), o.out);
  }
}

/**
 * Registers `rfci path` on the program.
 *
 * @example
 * registerPath(program);
 */
export function registerPath(program: Command): void {
  const command = program
    .command('path')
    .description(
      'estimates, intervals and df of the coefficients along a training run (gradient flow over training time, or gradient descent over steps), from one eigendecomposition (METHOD §4)',
    );
  addDataFileOptions(command)
    .option('--training <rule>', 'flow (gradient flow) or gd (full-batch gradient descent)', choiceOption('--training', ['flow', 'gd'] as const), 'flow')
    .option('--times <A:B:K>', `flow: K training times log-spaced from A to B, or a list t1,t2,… (default ${DEFAULT_TIMES})`, gridOption('--times'))
    .option('--steps <A:B:K>', `gd: K step counts log-spaced from A to B (rounded), or a list (default ${DEFAULT_STEPS})`, gridOption('--steps'))
    .option('--eta <x>', 'gd: step size η, needs η(s_max + λ) < 2 (default 1/(s_max + λ))', numberOption('--eta'))
    .option('--terms <a,b>', 'terms to show in the table and plot (default: the first 6) and to write in csv/json (default: all)', listOption('--terms'))
    .option('--plot <file.svg>', 'also draw the path: estimates and intervals, interval length with the shortest marked, and df');
  addNetworkOptions(command)
    .option('--lambda <x>', 'ridge penalty λ ≥ 0 added to the training loss (0: plain gradient flow or descent)', numberOption('--lambda'), 0)
    .option('--level <x>', 'confidence level in (0, 1)', numberOption('--level'), 0.95)
    .option('--covariance <spec>', 'covariance of the rows of X: identity, precision:FILE or matrix:FILE', 'identity')
    .option('--no-center', 'use y and the columns as given (default: center them)')
    .option('--format <f>', 'output: table, csv or json', choiceOption('--format', ['table', 'csv', 'json'] as const), 'table')
    .option('--json', 'same as --format json')
    .option('--out <file>', 'write the output to a file (atomically) instead of standard output');
  addMemoryOption(command.addHelpText('after', pathOutputHelp)).action((o: PathCliOptions) => runPath(o));
}
