/**
 * `rfci calibrate`: how often the intervals cover on the user's own design.
 *
 * @module
 */
import type { Command } from 'commander';
import { type CalibrateCliOptions, runCalibrate } from './dataFit.js';
import { addDataOptions } from './fit.js';
import { integerOption } from './options.js';
import { calibrateOutputHelp } from './outputHelp.js';

/**
 * Registers `rfci calibrate` on the program.
 *
 * @example
 * registerCalibrate(program);
 */
export function registerCalibrate(program: Command): void {
  addDataOptions(
    program
      .command('calibrate')
      .description(
        'check the coverage of the intervals on your design: refit on R resampled copies of your rows with y = X b_OLS + noise, ' +
          'and on Gaussian rows of the same covariance',
      ),
  )
    .option('--replicates <R>', 'replicates per row source', integerOption('--replicates', 2), 200)
    .option('--calibrate-seed <s>', 'seed of the replicates', integerOption('--calibrate-seed', 0), 1)
    .addHelpText('after', calibrateOutputHelp)
    .action((o: Omit<CalibrateCliOptions, 'covariance'> & { covariance?: string }) => runCalibrate({ ...o, covariance: o.covariance ?? 'unknown' }));
}
