/**
 * `rfci fit`: intervals and p-values for the coefficients of a data set.
 *
 * @module
 */
import type { Command } from 'commander';
import { activationNames } from '../activations/registry.js';
import { InvalidArgumentError } from '../errors.js';
import { type FirstLayerDistribution, firstLayerDistributions } from '../features/firstLayer.js';
import { type AdjustMethod, adjustMethods } from '../inference/multiplicity.js';
import type { CovarianceInput } from '../inference/precision.js';
import { readMatrix } from '../io/csv.js';
import { type RealDesign, readRealData } from '../io/realData.js';
import type { Matrix } from '../linalg/index.js';
import { parseTraining } from '../training/rules.js';
import { runDataFit } from './dataFit.js';
import { type MemoryCliOptions, addMemoryOption, guardMemory } from './memory.js';
import type { FitShape } from '../estimator/memory.js';
import { choiceOption, integerOption, lambdaOption, listOption, numberOption } from './options.js';
import { fitOutputHelp } from './outputHelp.js';

/** Data and model options shared by `rfci fit` and `rfci calibrate`, as parsed by commander. */
export interface DataCliOptions extends MemoryCliOptions {
  data: string;
  response: string;
  columns?: string[];
  weights?: string;
  width?: number;
  weightsDist: FirstLayerDistribution;
  seed: number;
  activation: string;
  lambda: number | 'gcv';
  level: number;
  /** `--covariance` as given; {@link defaultCovariance} fills it when absent. */
  covariance: string;
  center: boolean;
  standardize?: boolean;
  dropMissing?: boolean;
  simultaneous?: boolean;
  format: 'table' | 'csv' | 'json';
  json?: boolean;
  out?: string;
}

/** Options of `rfci fit` as parsed by commander. */
export interface FitCliOptions extends DataCliOptions {
  training: string;
  contrast?: string;
  adjust?: AdjustMethod;
  calibrate?: number;
  calibrateSeed: number;
  plot?: string;
}

/**
 * The covariance used when `--covariance` is not given: `unknown` (estimated
 * from X, METHOD §3) for ridge training, `identity` for gradient flow and
 * gradient descent, for which §3 is not derived (METHOD §4 uses a known Σ).
 *
 * @example
 * defaultCovariance('flow:10'); // "identity"
 */
export function defaultCovariance(training: string | undefined): string {
  return parseTraining(training).kind === 'ridge' ? 'unknown' : 'identity';
}

/**
 * Parses `--covariance`: `unknown` (estimated from X, METHOD §3), `identity`,
 * `precision:FILE` (Ω = Σ⁻¹) or `matrix:FILE` (Σ), reading the matrix file.
 *
 * @example
 * parseCovariance('precision:omega.csv');
 */
export function parseCovariance(spec: string): CovarianceInput {
  const { kind, file } = covarianceSpec(spec);
  if (kind === 'identity' || kind === 'unknown') return kind;
  if (file === undefined) throw new InvalidArgumentError(`--covariance must be unknown, identity, precision:FILE or matrix:FILE, got "${spec}"`);
  const matrix = readMatrix(file, kind === 'precision' ? 'precision matrix' : 'covariance matrix');
  return kind === 'precision' ? { precision: matrix } : { covariance: matrix };
}

/**
 * Splits a `--covariance` spec into its kind (`unknown`, `identity`,
 * `precision` or `matrix`, as the JSON output reports it) and, for
 * `precision:FILE` and `matrix:FILE`, the matrix file (an input that `--out`
 * must not overwrite). Does not read or validate the file.
 *
 * @example
 * covarianceSpec('precision:omega.csv'); // { kind: 'precision', file: 'omega.csv' }
 * covarianceSpec('unknown'); // { kind: 'unknown' }
 */
export function covarianceSpec(spec: string): { kind: string; file?: string } {
  const m = /^(precision|matrix):(.+)$/.exec(spec);
  return m ? { kind: m[1]!, file: m[2]! } : { kind: spec };
}

/**
 * Reads the data file the flags of {@link addDataFileOptions} (and
 * `--no-center`) name: refuses `--standardize` with `--no-center`, then
 * {@link readRealData}.
 *
 * @example
 * const design = readDataFile({ data: 'cars.csv', response: 'mpg', center: true, standardize: true });
 */
export function readDataFile(
  o: Pick<DataCliOptions, 'data' | 'response' | 'columns' | 'standardize' | 'dropMissing'> & { center: boolean },
): RealDesign {
  if (o.standardize && !o.center) throw new InvalidArgumentError('--standardize centers the columns; drop --no-center (or drop --standardize)');
  return readRealData(o.data, {
    response: o.response,
    ...(o.columns ? { columns: o.columns } : {}),
    center: o.center,
    standardize: o.standardize ?? false,
    dropMissing: o.dropMissing ?? false,
  });
}

/**
 * Registers the flags that read a data file: `--data`, `--response`,
 * `--columns`, `--standardize`, `--drop-missing` (shared by `rfci fit`,
 * `rfci calibrate` and `rfci path`).
 *
 * @example
 * addDataFileOptions(program.command('path'));
 */
export function addDataFileOptions(command: Command): Command {
  return command
    .requiredOption('--data <file.csv>', 'data file with a header row')
    .requiredOption('--response <name>', 'name of the response column')
    .option('--columns <a,b,c>', 'numeric predictor columns (default: all but the response)', listOption('--columns'))
    .option('--standardize', 'center each predictor and divide it by its sample sd (n − 1); coefficients are then per sd')
    .option('--drop-missing', 'drop rows with a missing value (empty, NA, NaN, null, ?) in the chosen columns, and say how many');
}

/**
 * Adds the data, network and output options that `rfci fit` and
 * `rfci calibrate` share.
 *
 * @example
 * addDataOptions(program.command('calibrate'));
 */
export function addDataOptions(command: Command): Command {
  return addNetworkOptions(addDataFileOptions(addMemoryOption(command)))
    .option('--lambda <x>', 'ridge penalty λ ≥ 0, or gcv: the λ with the shortest intervals (generalized cross-validation)', lambdaOption('--lambda'), 0.001)
    .option('--level <x>', 'confidence level in (0, 1)', numberOption('--level'), 0.95)
    .option(
      '--covariance <spec>',
      'covariance of the rows of X: unknown (estimated from X, needs p < n), identity, precision:FILE or matrix:FILE ' +
        '(default: unknown for ridge training; identity for flow and gd, where the unknown-covariance method does not apply)',
    )
    .option('--simultaneous', 'Bonferroni-simultaneous intervals: all hold together at --level')
    .option('--no-center', 'use y and the columns as given (default: center them)')
    .option('--format <f>', 'output: table, csv or json', choiceOption('--format', ['table', 'csv', 'json'] as const), 'table')
    .option('--json', 'same as --format json')
    .option('--out <file>', 'write the output to a file (atomically) instead of standard output');
}

/** The first-layer flags (`--weights`, `--width`, `--weights-dist`, `--seed`) as parsed by commander. */
export interface FirstLayerCliOptions extends MemoryCliOptions {
  weights?: string;
  width?: number;
  weightsDist: FirstLayerDistribution;
  seed: number;
}

/** The first layer the flags ask for: network options, a report line and the JSON field. */
export interface FirstLayerChoice {
  /** Network options: a given W, or the distribution, seed and width of a draw. */
  readonly options: { weights: Matrix } | { distribution: FirstLayerDistribution; seed: number; width?: number };
  /** One line for a text report. */
  readonly note: string;
  /** The JSON `firstLayer` field. */
  readonly json: { file: string } | { distribution: FirstLayerDistribution; seed: number };
}

/**
 * Refuses `--weights` together with `--width` (call it before reading data).
 *
 * @example
 * checkFirstLayerFlags({ width: 300, weightsDist: 'gaussian', seed: 1 }); // passes
 */
export function checkFirstLayerFlags(o: FirstLayerCliOptions): void {
  if (o.weights !== undefined && o.width !== undefined) throw new InvalidArgumentError('give either --weights W.csv or --width D, not both');
}

/**
 * Reads a given W (or describes the draw) and refuses, before fitting, a network
 * of n rows, p columns and this width, fitted by `method` (see {@link fitMethod}),
 * that needs more than `--max-memory`.
 *
 * @example
 * firstLayerChoice({ width: 300, weightsDist: 'gaussian', seed: 1 }, 400, 20, 'ridge').note; // "first layer W drawn gaussian, seed 1"
 */
export function firstLayerChoice(o: FirstLayerCliOptions, n: number, p: number, method: NonNullable<FitShape['method']>): FirstLayerChoice {
  checkFirstLayerFlags(o);
  const weights = o.weights !== undefined ? readMatrix(o.weights, 'first layer W') : undefined;
  guardMemory({ n, p, d: weights?.rows ?? o.width ?? Math.ceil(n / 2), method }, o);
  if (weights !== undefined) return { options: { weights }, note: `first layer W from ${o.weights}`, json: { file: o.weights! } };
  return {
    options: { distribution: o.weightsDist, seed: o.seed, ...(o.width !== undefined ? { width: o.width } : {}) },
    note: `first layer W drawn ${o.weightsDist}, seed ${o.seed}`,
    json: { distribution: o.weightsDist, seed: o.seed },
  };
}

/**
 * Adds the first-layer and activation options of every command that builds a
 * network: `--weights`, `--width`, `--weights-dist`, `--seed`, `--activation`.
 *
 * @example
 * addNetworkOptions(program.command('path'));
 */
export function addNetworkOptions(command: Command): Command {
  return command
    .option('--weights <W.csv>', 'first layer W (d×p, CSV without header) instead of a random draw')
    .option('--width <d>', 'width d of a drawn first layer (default ⌈n/2⌉)', integerOption('--width', 1))
    .option('--weights-dist <dist>', `distribution of a drawn W: ${firstLayerDistributions.join(', ')}`, choiceOption('--weights-dist', firstLayerDistributions), 'gaussian')
    .option('--seed <s>', 'seed of the first-layer draw', integerOption('--seed', 0), 1)
    .option('--activation <name>', `activation: ${activationNames.join(', ')}`, 'relu');
}

/**
 * Registers `rfci fit` on the program.
 *
 * @example
 * registerFit(program);
 */
export function registerFit(program: Command): void {
  addDataOptions(
    program
      .command('fit')
      .description(
        'fit a random-features network to a CSV file and print intervals and p-values for every coefficient of the linear part ' +
          '(METHOD §2–3), least squares beside them, and diagnostics of the design',
      ),
  )
    .option(
      '--training <rule>',
      'second-layer training: ridge, flow:T (gradient flow for time T) or gd:STEPS:ETA (gradient descent), each with --lambda; flow and gd use a known --covariance (default identity; METHOD §4)',
      'ridge',
    )
    .option('--contrast <a.csv>', 'contrast vector(s) a for aᵀβ*, one per row (CSV without header)')
    .option('--adjust <method>', `adjust p-values for multiple testing: ${adjustMethods.join(', ')}`, choiceOption('--adjust', adjustMethods))
    .option('--calibrate <R>', 'check the coverage on this design: R replicates on resampled rows and on Gaussian rows', integerOption('--calibrate', 2))
    .option('--calibrate-seed <s>', 'seed of the calibration replicates', integerOption('--calibrate-seed', 0), 1)
    .option('--plot <file.svg>', 'write a forest plot (network and least-squares intervals per term) as SVG')
    .addHelpText('after', fitOutputHelp)
    .action((o: Omit<FitCliOptions, 'covariance'> & { covariance?: string }) =>
      runDataFit({ ...o, covariance: o.covariance ?? defaultCovariance(o.training) }),
    );
}
