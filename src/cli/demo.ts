/**
 * `rfci demo`: the main job on built-in data.
 *
 * @module
 */
import type { Command } from 'commander';
import { randomFeaturesInference } from '../inference/inferCoefficients.js';
import { formatSummary } from '../report/summary.js';
import { demoData } from '../simulation/demoData.js';
import { integerOption } from './options.js';
import { emit } from './output.js';
import { demoOutputHelp } from './outputHelp.js';

/** Options of `rfci demo`. */
export interface DemoCliOptions {
  seed: number;
  json?: boolean;
}

/** Runs `rfci demo`. */
export function runDemo(o: DemoCliOptions): void {
  const { X, y, beta } = demoData(o.seed);
  const width = 300, lambda = 1e-3, level = 0.95;
  const result = randomFeaturesInference(X, y, { activation: 'relu', width, lambda, level, seed: o.seed });
  const covered = result.coefficients.filter((r, j) => r.lower <= beta[j]! && beta[j]! <= r.upper).length;
  if (o.json) {
    emit(JSON.stringify({ ...result, beta: Array.from(beta), covered }, null, 2));
    return;
  }
  const notes = [
    `demo data (seed ${o.seed}): rows x ~ N(0, I), y = xᵀβ + N(0, 1); first layer W gaussian, seed ${o.seed}`,
  ];
  emit(
    [
      formatSummary(result, { notes, truth: beta }),
      '',
      `${covered} of ${result.p} intervals cover the true β (nominal ${100 * level}%).`,
      'This is one simulated data set; for the coverage over many, run',
      `  rfci coverage --n ${result.n} --p ${result.p} --d ${width} --lambda ${lambda} --reps 200`,
      'Try it on your data: rfci fit --data FILE.csv --response NAME (rfci fit --help).',
    ].join('\n'),
  );
}

/**
 * Registers `rfci demo` on the program.
 *
 * @example
 * registerDemo(program);
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('simulate a data set with known β (n = 400, p = 20, d = 300, relu), fit, and show which intervals cover β')
    .option('--seed <s>', 'seed of the simulated data and of W', integerOption('--seed', 0), 1)
    .option('--json', 'print the result as JSON')
    .addHelpText('after', demoOutputHelp)
    .action((o: DemoCliOptions) => runDemo(o));
}
