/**
 * `rfci predict`: the predicted length of the intervals from the sizes alone
 * (METHOD §5).
 *
 * @module
 */
import type { Command } from 'commander';
import { activationNames } from '../activations/registry.js';
import { InvalidArgumentError, NumericalError } from '../errors.js';
import { readMatrix } from '../io/csv.js';
import { formatPrediction } from '../report/prediction.js';
import { predictIntervalLength } from '../theory/predict.js';
import { integerOption, numberOption } from './options.js';
import { checkOutputPath, emit } from './output.js';
import { predictOutputHelp } from './outputHelp.js';

/** Options of `rfci predict` as parsed by commander. */
export interface PredictCliOptions {
  activation: string;
  n: number;
  p?: number;
  d?: number;
  lambda: number;
  noiseVariance: number;
  signal: number;
  level: number;
  weights?: string;
  json?: boolean;
  out?: string;
}

/** Runs `rfci predict` with parsed options. */
export function runPredict(o: PredictCliOptions): void {
  if (o.weights === undefined && (o.p === undefined || o.d === undefined)) {
    throw new InvalidArgumentError('give --p and --d (Marchenko–Pastur prediction) or --weights W.csv (prediction for that first layer)');
  }
  checkOutputPath(o.out, { '--weights': o.weights });
  const pred = predictIntervalLength({
    activation: o.activation,
    n: o.n,
    lambda: o.lambda,
    noiseVariance: o.noiseVariance,
    signal: o.signal,
    level: o.level,
    ...(o.p !== undefined ? { p: o.p } : {}),
    ...(o.d !== undefined ? { d: o.d } : {}),
    ...(o.weights !== undefined ? { weights: readMatrix(o.weights, 'first layer W') } : {}),
  });
  if (!Number.isFinite(pred.testRisk)) {
    throw new NumericalError(
      `the predicted length is infinite: lambda = 0 at the interpolation threshold (df = n = ${pred.n}); use --lambda > 0 or a width d ≠ n`,
    );
  }
  if (o.json) emit(JSON.stringify({ ...pred, ...(o.weights !== undefined ? { weights: o.weights } : {}) }, null, 2), o.out);
  else emit(formatPrediction(pred, o.weights !== undefined ? [`first layer W from ${o.weights}`] : []), o.out);
}

/**
 * Registers `rfci predict` on the program.
 *
 * @example
 * registerPredict(program);
 */
export function registerPredict(program: Command): void {
  program
    .command('predict')
    .description('predict the length of the confidence intervals without data or simulation: deterministic equivalents (METHOD §5)')
    .option('--activation <name>', `activation: ${activationNames.join(', ')}`, 'relu')
    .requiredOption('--n <n>', 'sample size n', integerOption('--n', 1))
    .option('--p <p>', 'input dimension p (number of coefficients)', integerOption('--p', 1))
    .option('--d <d>', 'width d (hidden units)', integerOption('--d', 1))
    .option('--lambda <x>', 'ridge penalty λ ≥ 0', numberOption('--lambda'), 0.001)
    .option('--noise-variance <s2>', 'noise variance σ² = Var ε', numberOption('--noise-variance'), 1)
    .option('--signal <r2>', 'signal strength r² = ‖β‖²', numberOption('--signal'), 1)
    .option('--level <x>', 'confidence level in (0, 1)', numberOption('--level'), 0.95)
    .option('--weights <W.csv>', 'first layer W (d×p, CSV without header): predict for this W instead of the Marchenko–Pastur law')
    .option('--json', 'print one JSON object (inputs and mu0, mu1, muStar, kappa, dfOverN, testRisk, halfLength, sqrtNStdError)')
    .option('--out <file>', 'write the output to a file (atomically) instead of standard output')
    .addHelpText('after', predictOutputHelp)
    .action((o: PredictCliOptions) => runPredict(o));
}
