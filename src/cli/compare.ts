/**
 * `rfci compare`: activations and widths ranked by their predicted interval
 * length, with the interpolation peak and an optional SVG figure (METHOD §5).
 *
 * @module
 */
import { Presets, SingleBar } from 'cli-progress';
import { type Command, Option } from 'commander';
import { activationNames } from '../activations/registry.js';
import { InvalidArgumentError } from '../errors.js';
import { writeFileAtomic } from '../io/atomicWrite.js';
import { comparisonCsv, comparisonJson, formatComparison } from '../report/comparison.js';
import { renderSvg } from '../report/forestPlot.js';
import { comparisonPlotSpec } from '../report/plot.js';
import { defaultWorkers } from '../simulation/engine.js';
import { compareActivations, simulateComparison } from '../theory/compare.js';
import { type MemoryCliOptions, addMemoryOption, guardMemory } from './memory.js';
import { choiceOption, gridOption, integerOption, listOption, numberOption } from './options.js';
import { checkOutputPath, emit } from './output.js';
import { compareOutputHelp } from './outputHelp.js';

/** Options of `rfci compare` as parsed by commander. */
export interface CompareCliOptions extends MemoryCliOptions {
  activations: string[];
  n: number;
  pOverN: number;
  dOverN: number[];
  lambda: number | 'optimal';
  noiseVariance: number;
  signal: number;
  level: number;
  simulate: number;
  seed: number;
  workers?: number;
  plot?: string;
  format: 'table' | 'csv' | 'json';
  json?: boolean;
  out?: string;
}

function optimalOrNumber(value: string): number | 'optimal' {
  if (value.trim().toLowerCase() === 'optimal') return 'optimal';
  const v = numberOption('--lambda')(value);
  if (v < 0) throw new InvalidArgumentError(`--lambda must be a finite number ≥ 0 or "optimal", got "${value}"`);
  return v;
}

/** Runs `rfci compare` with parsed options. */
export async function runCompare(o: CompareCliOptions): Promise<void> {
  checkOutputPath(o.out, { '--plot': o.plot });
  checkOutputPath(o.plot, { '--out': o.out }, '--plot');
  if (o.simulate === 1) throw new InvalidArgumentError('--simulate needs 0 or a number of replicates ≥ 2');
  const predicted = compareActivations({
    activations: o.activations,
    n: o.n,
    pOverN: o.pOverN,
    dOverN: o.dOverN,
    lambda: o.lambda,
    noiseVariance: o.noiseVariance,
    signal: o.signal,
    level: o.level,
  });
  let cmp = predicted;
  if (o.simulate > 0) {
    const workers = o.workers ?? defaultWorkers();
    for (const d of new Set(predicted.points.map((pt) => pt.d))) guardMemory({ n: o.n, p: predicted.p, d }, o, Math.max(1, Math.min(workers, o.simulate)));
    // a progress bar on standard error, when it is a terminal
    const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: 'simulating {bar} {value}/{total} points' }, Presets.shades_classic) : undefined;
    try {
      cmp = await simulateComparison(predicted, {
        replicates: o.simulate,
        seed: o.seed,
        workers,
        ...(bar !== undefined ? { onProgress: (done: number, total: number) => (done === 1 ? bar.start(total, 1) : bar.update(done)) } : {}),
      });
    } finally {
      bar?.stop();
    }
  }
  const svg = o.plot !== undefined ? await renderSvg(comparisonPlotSpec(cmp)) : undefined;
  const format = o.json ? 'json' : o.format;
  if (format === 'json') emit(JSON.stringify(comparisonJson(cmp), null, 2), o.out);
  else if (format === 'csv') emit(comparisonCsv(cmp), o.out);
  else emit(formatComparison(cmp) + (o.plot !== undefined ? `\n\nfigure written to ${o.plot}` : ''), o.out);
  if (svg !== undefined) writeFileAtomic(o.plot!, svg);
}

/**
 * Registers `rfci compare` on the program.
 *
 * @example
 * registerCompare(program);
 */
export function registerCompare(program: Command): void {
  const command = program
    .command('compare')
    .description('compare activations and widths by their predicted interval length, without data (METHOD §5)')
    .addOption(
      new Option('--activations <a,b,c>', `activations to compare, among ${activationNames.join(', ')}`)
        .argParser(listOption('--activations'))
        .default(['relu', 'tanh', 'erf', 'gelu', 'softplus', 'sigmoid'], 'relu,tanh,erf,gelu,softplus,sigmoid'),
    )
    .option('--n <n>', 'sample size n', integerOption('--n', 1), 1000)
    .option('--p-over-n <r>', 'ratio p/n (p = round(r·n))', numberOption('--p-over-n'), 0.5)
    .addOption(
      new Option('--d-over-n <grid>', 'widths d/n: a:b:k (k log-spaced points from a to b) or a list x,y,z')
        .argParser(gridOption('--d-over-n'))
        .default(gridOption('--d-over-n')('0.1:10:40'), '0.1:10:40'),
    )
    .option('--lambda <x>', 'ridge penalty λ ≥ 0, or optimal: each point at its shortest-interval λ (simulated with --lambda gcv)', optimalOrNumber, 0.001)
    .option('--noise-variance <s2>', 'noise variance σ² = Var ε', numberOption('--noise-variance'), 1)
    .option('--signal <r2>', 'signal strength r² = ‖β‖²', numberOption('--signal'), 1)
    .option('--level <x>', 'confidence level in (0, 1)', numberOption('--level'), 0.95)
    .option('--simulate <R>', 'also simulate R replicates at every point (slow for large n: cost ∝ R × widths × activations)', integerOption('--simulate', 0), 0)
    .option('--seed <s>', 'seed of the simulation', integerOption('--seed', 0), 1)
    .option('--workers <k>', 'worker threads of the simulation (default: all cores)', integerOption('--workers', 1))
    .option('--plot <file.svg>', 'write an SVG figure: predicted half-length against d/n, one line per activation')
    .option('--format <f>', 'output: table, csv or json', choiceOption('--format', ['table', 'csv', 'json'] as const), 'table')
    .option('--json', 'same as --format json')
    .option('--out <file>', 'write the table to a file (atomically) instead of standard output');
  addMemoryOption(command.addHelpText('after', compareOutputHelp)).action((o: CompareCliOptions) => runCompare(o));
}
