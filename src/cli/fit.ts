/**
 * `rfci fit`: intervals and p-values for the coefficients of a data set.
 *
 * @module
 */
import type { Command } from 'commander';
import { activationNames } from '../activations/registry.js';
import { InvalidArgumentError } from '../errors.js';
import { type FirstLayerDistribution, firstLayerDistributions } from '../features/firstLayer.js';
import { type RandomFeaturesInferenceOptions, randomFeaturesInference } from '../inference/inferCoefficients.js';
import type { CovarianceInput } from '../inference/precision.js';
import { readDataTable, readMatrix } from '../io/csv.js';
import { prepareDesign } from '../io/design.js';
import { toRows } from '../linalg/index.js';
import { formatSummary } from '../report/summary.js';
import { inferenceJson, tidyCsv } from '../report/tidy.js';
import { choiceOption, integerOption, listOption, numberOption } from './options.js';
import { addMemoryOption, guardMemory } from './memory.js';
import { checkOutputPath, emit, warnOnStderr } from './output.js';
import { describeTraining, parseTraining } from '../training/rules.js';

/** Options of `rfci fit` as parsed by commander. */
export interface FitCliOptions {
  data: string;
  response: string;
  columns?: string[];
  weights?: string;
  width?: number;
  weightsDist: FirstLayerDistribution;
  seed: number;
  activation: string;
  lambda: number;
  level: number;
  covariance: string;
  training: string;
  contrast?: string;
  center: boolean;
  format: 'table' | 'csv' | 'json';
  json?: boolean;
  out?: string;
  maxMemory?: number;
}

/**
 * Parses `--covariance`: `identity`, `precision:FILE` (Ω = Σ⁻¹) or
 * `matrix:FILE` (Σ), reading the matrix file.
 *
 * @example
 * parseCovariance('precision:omega.csv');
 */
export function parseCovariance(spec: string): CovarianceInput {
  if (spec === 'identity' || spec === 'unknown') return spec;
  const m = /^(precision|matrix):(.+)$/.exec(spec);
  if (!m) throw new InvalidArgumentError(`--covariance must be identity, unknown, precision:FILE or matrix:FILE, got "${spec}"`);
  const matrix = readMatrix(m[2]!, m[1] === 'precision' ? 'precision matrix' : 'covariance matrix');
  return m[1] === 'precision' ? { precision: matrix } : { covariance: matrix };
}

/** Runs `rfci fit` with parsed options. */
export function runFit(o: FitCliOptions): void {
  if (o.weights !== undefined && o.width !== undefined) {
    throw new InvalidArgumentError('give either --weights W.csv or --width D, not both');
  }
  checkOutputPath(o.out, {
    '--data': o.data,
    '--weights': o.weights,
    '--contrast': o.contrast,
    '--covariance': /^(?:precision|matrix):(.+)$/.exec(o.covariance)?.[1],
  });
  const table = readDataTable(o.data);
  const design = prepareDesign(table, { response: o.response, ...(o.columns ? { columns: o.columns } : {}), center: o.center }, o.data);
  const contrasts = o.contrast !== undefined ? toRows(readMatrix(o.contrast, 'contrast')) : undefined;
  const weights = o.weights !== undefined ? readMatrix(o.weights, 'first layer W') : undefined;
  guardMemory({ n: design.X.rows, p: design.X.cols, d: weights?.rows ?? o.width ?? Math.ceil(design.X.rows / 2) }, o);
  const options: RandomFeaturesInferenceOptions = {
    activation: o.activation,
    lambda: o.lambda,
    level: o.level,
    covariance: parseCovariance(o.covariance),
    training: parseTraining(o.training),
    terms: design.terms,
    ...(weights !== undefined ? { weights } : { distribution: o.weightsDist, seed: o.seed }),
    ...(o.width !== undefined ? { width: o.width } : {}),
    ...(contrasts !== undefined ? { contrasts } : {}),
  };
  const result = randomFeaturesInference(design.X, design.y, options);
  const format = o.json ? 'json' : o.format;
  const covarianceLabel = o.covariance.split(':')[0]!;
  if (format === 'json') {
    const extras = {
      covariance: covarianceLabel,
      training: result.training,
      centered: design.centered,
      firstLayer: o.weights !== undefined ? { file: o.weights } : { distribution: o.weightsDist, seed: o.seed },
    };
    emit(JSON.stringify(inferenceJson(result, extras), null, 2), o.out);
  } else if (format === 'csv') {
    emit(tidyCsv(result), o.out);
    warnOnStderr(result.warnings);
  } else {
    const notes = [
      `data: ${o.data}, response ${o.response}; ${design.centered ? 'y and the columns of X centered' : 'not centered (--no-center)'}`,
      o.weights !== undefined ? `first layer W from ${o.weights}` : `first layer W drawn ${o.weightsDist}, seed ${o.seed}`,
      `training: ${describeTraining(result.training!)}`,
    ];
    emit(formatSummary(result, { notes }), o.out);
  }
}

/**
 * Registers `rfci fit` on the program.
 *
 * @example
 * registerFit(program);
 */
export function registerFit(program: Command): void {
  const command = program
    .command('fit')
    .description('fit a random-features network to a CSV file and print intervals and p-values for every coefficient of the linear part (METHOD §2)')
    .requiredOption('--data <file.csv>', 'data file with a header row')
    .requiredOption('--response <name>', 'name of the response column')
    .option('--columns <a,b,c>', 'predictor columns (default: all but the response)', listOption('--columns'))
    .option('--weights <W.csv>', 'first layer W (d×p, CSV without header) instead of a random draw')
    .option('--width <d>', 'width d of a drawn first layer (default ⌈n/2⌉)', integerOption('--width', 1))
    .option('--weights-dist <dist>', `distribution of a drawn W: ${firstLayerDistributions.join(', ')}`, choiceOption('--weights-dist', firstLayerDistributions), 'gaussian')
    .option('--seed <s>', 'seed of the first-layer draw', integerOption('--seed', 0), 1)
    .option('--activation <name>', `activation: ${activationNames.join(', ')}`, 'relu')
    .option('--lambda <x>', 'ridge penalty λ ≥ 0', numberOption('--lambda'), 0.001)
    .option('--level <x>', 'confidence level in (0, 1)', numberOption('--level'), 0.95)
    .option('--covariance <spec>', 'covariance of the rows of X: identity, precision:FILE or matrix:FILE', 'identity')
    .option('--training <rule>', 'second-layer training: ridge, flow:T (gradient flow for time T) or gd:STEPS:ETA (gradient descent), each with --lambda (METHOD §4)', 'ridge')
    .option('--contrast <a.csv>', 'contrast vector(s) a for aᵀβ*, one per row (CSV without header)')
    .option('--no-center', 'use y and the columns as given (default: center them)')
    .option('--format <f>', 'output: table, csv or json', choiceOption('--format', ['table', 'csv', 'json'] as const), 'table')
    .option('--json', 'same as --format json')
    .option('--out <file>', 'write the output to a file (atomically) instead of standard output');
  addMemoryOption(command).action((o: FitCliOptions) => runFit(o));
}
