/**
 * `rfci coverage`: a Monte Carlo coverage study (METHOD §6) — one width, or a
 * sweep over widths — on worker threads, with record files that resume and
 * shard, a progress bar on a terminal, summaries as text or JSON, and plots.
 *
 * @module
 */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { InvalidArgumentError } from '../errors.js';
import { firstLayerDistributions, type FirstLayerDistribution } from '../features/firstLayer.js';
import { writeCoveragePlots } from '../report/coveragePlots.js';
import { formatCoverageSummary, formatSweepTable } from '../report/coverageReport.js';
import { StudyInterrupted, defaultWorkers } from '../simulation/engine.js';
import { parseRatioGrid, parseWidthList, widthsFromRatios } from '../simulation/grid.js';
import { checkRecordFile, recordHeader } from '../simulation/records.js';
import { type CovarianceKnowledge, studySettings } from '../simulation/settings.js';
import { type Shard, parseShard } from '../simulation/shard.js';
import { type StudyRun, runCoverageStudy, sweepRecordPath } from '../simulation/study.js';
import { type MemoryCliOptions, addMemoryOption, fitMethod, guardMemory } from './memory.js';
import { parseTraining } from '../training/rules.js';
import { choiceOption, integerOption, lambdaOption, numberOption } from './options.js';
import { emit } from './output.js';
import { coverageOutputHelp } from './outputHelp.js';

/** Options of `rfci coverage` as commander parses them. */
export interface CoverageCliOptions extends MemoryCliOptions {
  n: number;
  p: number;
  d?: number;
  dOverN?: number[];
  widths?: number[];
  activation: string;
  lambda: number | 'gcv';
  reps: number;
  seed: number;
  design: string;
  noise: string;
  beta: string;
  signal: number;
  noiseSd: number;
  nonlinear: string;
  weightsDist: FirstLayerDistribution;
  training: string;
  covariance: CovarianceKnowledge;
  level: number;
  workers?: number;
  out?: string;
  resume?: boolean;
  shard?: Shard;
  json?: boolean;
  plot?: string;
}

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

function chosenWidths(o: CoverageCliOptions): number[] {
  const given = [o.d !== undefined, o.dOverN !== undefined, o.widths !== undefined].filter(Boolean).length;
  if (given !== 1) throw new InvalidArgumentError('give exactly one of --d WIDTH, --d-over-n FROM:TO:COUNT or --widths D1,D2,…');
  if (o.d !== undefined) return [o.d];
  return o.widths ?? widthsFromRatios(o.n, o.dOverN!);
}

function progressBar(label: string, enabled: boolean): { update(done: number, total: number): void; stop(): void } {
  if (!enabled) return { update() {}, stop() {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} replicates | ETA {eta_formatted}`,
    stream: process.stderr,
    hideCursor: true,
    etaBuffer: 20,
  });
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function note(message: string): void {
  process.stderr.write(`rfci: ${message}\n`);
}

/** Runs `rfci coverage`; resolves to the exit code. */
export async function runCoverage(o: CoverageCliOptions): Promise<number> {
  const widths = chosenWidths(o);
  const sweep = o.d === undefined;
  const studies = widths.map((width) =>
    studySettings({
      n: o.n, p: o.p, width, activation: o.activation, lambda: o.lambda, level: o.level, design: o.design, noise: o.noise,
      noiseSd: o.noiseSd, beta: o.beta, signal: o.signal, nonlinear: o.nonlinear, weightsDistribution: o.weightsDist,
      training: o.training, covariance: o.covariance, seed: o.seed,
    }),
  );
  const workers = o.workers ?? defaultWorkers();
  const outOf = (width: number) => (o.out !== undefined && sweep ? sweepRecordPath(o.out, width) : o.out);
  for (const s of studies) {
    guardMemory({ n: s.n, p: s.p, d: s.width, method: fitMethod(s.lambda, parseTraining(s.training).kind) }, o, Math.max(1, Math.min(workers, o.reps)));
    const out = outOf(s.width);
    if (out !== undefined) checkRecordFile(out, recordHeader(s, o.reps, o.shard ?? null), { resume: o.resume === true });
  }
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const runs: StudyRun[] = [];
  const showProgress = process.stderr.isTTY === true && !o.json;
  try {
    for (const settings of studies) {
      const out = outOf(settings.width);
      const bar = progressBar(sweep ? `d=${settings.width}` : 'coverage', showProgress);
      try {
        const run = await runCoverageStudy(settings, {
          reps: o.reps,
          workers,
          signal: controller.signal,
          ...(o.shard ? { shard: o.shard } : {}),
          ...(out !== undefined ? { out } : {}),
          ...(o.resume ? { resume: true } : {}),
          onProgress: (done, total) => bar.update(done, total),
        });
        if (run.repaired) note(`${out}: removed a torn last line (an interrupted write)`);
        if (run.skipped > 0) note(`${out}: ${run.skipped} replicates already done, ${run.computed} computed now`);
        runs.push(run);
      } finally {
        bar.stop();
      }
    }
  } catch (e) {
    if (e instanceof StudyInterrupted) {
      note(`interrupted${o.out !== undefined ? `; finished replicates are in ${sweep ? sweepRecordPath(o.out, widths[runs.length]!) : o.out}: continue with the same command and --resume` : ''}`);
      return EXIT_INTERRUPTED;
    }
    throw e;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  const shardNote = o.shard ? [`shard ${o.shard.index}/${o.shard.count}: this summary covers this shard only; combine the shards' record files with rfci merge`] : [];
  const summaries = runs.map((r) => r.summary);
  if (summaries.some((s) => s === undefined)) {
    note(`fewer than 2 replicates in ${o.shard ? 'this shard' : 'the study'}: no summary (it needs 2 to estimate its Monte Carlo error)${o.shard ? '; merge the shards' : ''}`);
    return 0;
  }
  const done = summaries as NonNullable<StudyRun['summary']>[];
  if (o.plot !== undefined) {
    const written = await writeCoveragePlots(o.plot, runs.map((r, k) => ({ summary: done[k]!, records: r.records })));
    if (!o.json) shardNote.push(`plots: ${written.join(', ')}`);
  }
  if (o.json) emit(JSON.stringify(sweep ? { widths, studies: done } : done[0], null, 2));
  else emit(sweep ? [formatSweepTable(done), ...(shardNote.length ? ['', ...shardNote] : [])].join('\n') : formatCoverageSummary(done[0]!, shardNote));
  return 0;
}

/**
 * Registers `rfci coverage` on the program.
 *
 * @example
 * registerCoverage(program);
 */
export function registerCoverage(program: Command): void {
  const command = program
    .command('coverage')
    .description('Monte Carlo coverage study of the intervals (METHOD §6): simulate, fit, and check coverage at the nominal level')
    .option('--n <n>', 'sample size n', integerOption('--n', 1), 400)
    .option('--p <p>', 'dimension p', integerOption('--p', 1), 200)
    .option('--d <d>', 'width d (one study)', integerOption('--d', 1))
    .option('--d-over-n <grid>', 'sweep: FROM:TO:COUNT ratios d/n log-spaced from FROM to TO inclusive (d = round(n·ratio))', (v: string) => parseRatioGrid(v))
    .option('--widths <list>', 'sweep: widths d1,d2,…', (v: string) => parseWidthList(v))
    .option('--activation <name>', 'activation', 'relu')
    .option('--lambda <x>', 'ridge penalty λ ≥ 0, or gcv: chosen on each replicate by generalized cross-validation', lambdaOption('--lambda'), 1e-3)
    .option('--reps <r>', 'number of replicates (≥ 2: the summary estimates its Monte Carlo error across them)', integerOption('--reps', 2), 100)
    .option('--seed <s>', 'seed: replicate i is seeded from (seed, i) alone', integerOption('--seed', 0), 1)
    .option('--design <spec>', 'Σ of the rows of X: identity, ar1:RHO, equi:RHO', 'identity')
    .option('--noise <spec>', 'noise: gaussian, t:NU (NU > 2), hetero (sd grows with x₁)', 'gaussian')
    .option('--beta <spec>', 'β: dense (uniform direction) or sparse:K (first K coordinates ±signal/√K)', 'dense')
    .option('--signal <r>', '‖β‖', numberOption('--signal'), 1)
    .option('--noise-sd <s>', 'noise standard deviation σ', numberOption('--noise-sd'), 1)
    .option('--nonlinear <spec>', 'perturbation keeping β*: none or quad:C (adds C·(x₁² − 1))', 'none')
    .option('--weights-dist <name>', `first-layer distribution: ${firstLayerDistributions.join(', ')}`, choiceOption('--weights-dist', firstLayerDistributions), 'gaussian')
    .option('--training <rule>', 'training rule of the second layer: ridge, flow:T (gradient flow) or gd:STEPS:ETA (gradient descent), METHOD §4', 'ridge')
    .option('--covariance <kind>', 'Σ known to the inference, or unknown (estimated, needs n > p)', choiceOption('--covariance', ['known', 'unknown'] as const), 'known')
    .option('--level <x>', 'confidence level', numberOption('--level'), 0.95)
    .option('--workers <k>', 'worker threads (default: all cores)', integerOption('--workers', 1))
    .option('--out <file>', 'append per-replicate records (JSON Lines) to FILE as they finish; a sweep writes FILE-dWIDTH.jsonl per width')
    .option('--resume', 'continue --out FILE: skip replicates already recorded')
    .option('--shard <K/N>', 'run shard K of N (replicates i with i mod N = K − 1); combine with rfci merge', (v: string) => parseShard(v))
    .option('--plot <dir>', 'write SVG figures into DIR')
    .option('--json', 'print the summary as JSON');
  addMemoryOption(command.addHelpText('after', coverageOutputHelp)).action(async (o: CoverageCliOptions) => {
    process.exitCode = await runCoverage(o);
  });
}
