/**
 * `rfci bench`: times the METHOD §2 pipeline the way `bench/numpy_peer.py`
 * times its numpy + OpenBLAS peer, and prints one JSON line last:
 * `{ "impl": "rfci", "mode", "n", "p", "d", "activation", "seconds": { "min", "median", "max" } }`.
 *
 * * `--mode fit`: features + ridge fit + estimates and standard errors for all
 *   p coordinates on data made beforehand; one warm-up, then `--repeats` timed
 *   runs, using every core through the threaded kernels.
 * * `--mode coverage`: `--reps` whole replicates (data generation included)
 *   one after the other, using every core through the threaded kernels;
 *   seconds per replicate.
 *
 * @module
 */
import type { Command } from 'commander';
import { activationNames } from '../activations/registry.js';
import { RandomFeaturesRegression } from '../estimator/network.js';
import { inferCoefficients } from '../inference/inferCoefficients.js';
import { drawFirstLayer } from '../features/firstLayer.js';
import { linalgThreads } from '../linalg/index.js';
import { checkLambda } from '../validate/inputs.js';
import { runReplicate } from '../simulation/replicate.js';
import { type BenchSettings, benchData, benchStudy } from './benchWork.js';
import { type MemoryCliOptions, addMemoryOption, guardMemory } from './memory.js';
import { choiceOption, integerOption, numberOption } from './options.js';
import { emit } from './output.js';
import { benchOutputHelp } from './outputHelp.js';

/** Options of `rfci bench` as parsed by commander. */
export interface BenchCliOptions extends MemoryCliOptions {
  mode: 'fit' | 'coverage';
  n: number;
  p: number;
  d: number;
  activation: string;
  lambda: number;
  repeats: number;
  reps: number;
  seed: number;
  json?: boolean;
}

/** Timing summary of a benchmark, in seconds. */
export interface BenchSeconds {
  /** Fastest run. */
  min: number;
  /** Median run. */
  median: number;
  /** Slowest run. */
  max: number;
}

/** The result line of `rfci bench`. */
export interface BenchResult {
  impl: 'rfci';
  mode: 'fit' | 'coverage';
  n: number;
  p: number;
  d: number;
  activation: string;
  seconds: BenchSeconds;
}

/**
 * Min, median (upper median for an even count, as the numpy peer) and max.
 *
 * @example
 * summarizeSeconds([0.3, 0.1, 0.2]); // { min: 0.1, median: 0.2, max: 0.3 }
 */
export function summarizeSeconds(times: readonly number[]): BenchSeconds {
  const t = [...times].sort((a, b) => a - b);
  return { min: t[0]!, median: t[Math.floor(t.length / 2)]!, max: t[t.length - 1]! };
}

/**
 * Times `repeats` fits with inference on one data set (after one warm-up).
 *
 * @example
 * benchFit({ n: 1000, p: 1000, d: 1000, activation: 'relu', lambda: 1e-3, seed: 1 }, 5);
 */
export function benchFit(s: BenchSettings, repeats: number): number[] {
  const { X, y } = benchData(s.n, s.p, 1, s.seed, 'fit');
  const W = drawFirstLayer({ width: s.d, inputDimension: s.p, seed: s.seed });
  const run = (): void => {
    const fitted = new RandomFeaturesRegression({ activation: s.activation, lambda: s.lambda, weights: W }).fit(X, y);
    inferCoefficients(fitted);
  };
  run();
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    run();
    times.push((performance.now() - t0) / 1000);
  }
  return times;
}

/**
 * Runs `reps` coverage replicates one after the other on the calling thread,
 * the matrix products of each split over every core by the threaded kernels
 * (one JavaScript heap, so less memory than a worker per core), and returns
 * the seconds per replicate and the fraction of intervals that covered β.
 *
 * @example
 * benchCoverage({ n: 400, p: 200, d: 300, activation: 'relu', lambda: 1e-3, seed: 1 }, 50);
 */
export function benchCoverage(s: BenchSettings, reps: number): { seconds: number; coverage: number } {
  const t0 = performance.now();
  const study = benchStudy(s);
  let covered = 0;
  for (let r = 0; r < reps; r++) covered += runReplicate(study, r).covered.filter(Boolean).length;
  const seconds = (performance.now() - t0) / 1000 / reps;
  return { seconds, coverage: covered / (reps * s.p) };
}

/** Runs `rfci bench` with parsed options. */
export async function runBench(o: BenchCliOptions): Promise<void> {
  guardMemory({ n: o.n, p: o.p, d: o.d }, o);
  const settings: BenchSettings = { n: o.n, p: o.p, d: o.d, activation: o.activation, lambda: checkLambda(o.lambda), seed: o.seed };
  let seconds: BenchSeconds;
  let note: string;
  if (o.mode === 'fit') {
    seconds = summarizeSeconds(benchFit(settings, o.repeats));
    note = `fit + inference, ${o.repeats} runs after one warm-up, ${linalgThreads()} threads`;
  } else {
    const c = benchCoverage(settings, o.reps);
    seconds = { min: c.seconds, median: c.seconds, max: c.seconds };
    note = `${o.reps} replicates over ${linalgThreads()} threads, coverage ${c.coverage.toFixed(3)}`;
  }
  const result: BenchResult = { impl: 'rfci', mode: o.mode, n: o.n, p: o.p, d: o.d, activation: o.activation, seconds };
  if (!o.json) {
    const ms = (x: number): string => `${(1000 * x).toFixed(1)} ms`;
    emit(`rfci bench ${o.mode} n=${o.n} p=${o.p} d=${o.d} ${o.activation}: median ${ms(seconds.median)} (min ${ms(seconds.min)}, max ${ms(seconds.max)}); ${note}`);
  }
  emit(JSON.stringify(result));
}

/**
 * Registers `rfci bench` on the program.
 *
 * @example
 * registerBench(program);
 */
export function registerBench(program: Command): void {
  const command = program
    .command('bench')
    .description('time fit + inference (--mode fit) or whole coverage replicates (--mode coverage), as bench/numpy_peer.py does')
    .option('--mode <m>', 'fit or coverage', choiceOption('--mode', ['fit', 'coverage'] as const), 'fit')
    .option('--n <n>', 'sample size', integerOption('--n', 2), 1000)
    .option('--p <p>', 'input dimension', integerOption('--p', 1), 1000)
    .option('--d <d>', 'width', integerOption('--d', 1), 1000)
    .option('--activation <name>', `activation (${activationNames.join(', ')})`, choiceOption('--activation', activationNames), 'relu')
    .option('--lambda <x>', 'ridge penalty λ ≥ 0', numberOption('--lambda'), 1e-3)
    .option('--repeats <k>', 'timed runs (fit mode)', integerOption('--repeats', 1), 5)
    .option('--reps <k>', 'replicates (coverage mode)', integerOption('--reps', 1), 50)
    .option('--seed <s>', 'seed of the data', integerOption('--seed', 0), 1)
    .option('--json', 'print only the JSON result line')
    .addHelpText('after', benchOutputHelp);
  addMemoryOption(command).action((o: BenchCliOptions) => runBench(o));
}
