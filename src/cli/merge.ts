/**
 * `rfci merge`: combine the record files of a study's shards into the summary
 * an unsharded run gives (and optionally one merged record file).
 *
 * @module
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from '../errors.js';
import { writeFileAtomic } from '../io/atomicWrite.js';
import { writeCoveragePlots } from '../report/coveragePlots.js';
import { formatCoverageSummary } from '../report/coverageReport.js';
import { predictedStudyLength } from '../simulation/prediction.js';
import { mergeRecordFiles, recordHeader } from '../simulation/records.js';
import { summarizeCoverage } from '../simulation/summary.js';
import { emit } from './output.js';
import { mergeOutputHelp } from './outputHelp.js';

/** Options of `rfci merge`. */
export interface MergeCliOptions {
  out?: string;
  allowIncomplete?: boolean;
  plot?: string;
  json?: boolean;
}

function ranges(indices: readonly number[]): string {
  const parts: string[] = [];
  for (let k = 0; k < indices.length && parts.length < 5; ) {
    let e = k;
    while (e + 1 < indices.length && indices[e + 1] === indices[e]! + 1) e++;
    parts.push(e > k ? `${indices[k]}–${indices[e]}` : String(indices[k]));
    k = e + 1;
  }
  return parts.join(', ') + (parts.length === 5 ? ', …' : '');
}

/** Runs `rfci merge FILES…`. */
export async function runMerge(files: string[], o: MergeCliOptions): Promise<void> {
  const merged = mergeRecordFiles(files);
  if (merged.missing.length > 0 && !o.allowIncomplete) {
    throw new InvalidArgumentError(
      `${merged.missing.length} of ${merged.reps} replicates are missing (indices ${ranges(merged.missing)}); run or --resume the missing shards, or pass --allow-incomplete`,
    );
  }
  const predictedLength = predictedStudyLength(merged.settings);
  const summary = summarizeCoverage(merged.records, merged.settings, predictedLength !== undefined ? { predictedLength } : {});
  if (o.out !== undefined) {
    const lines = [recordHeader(merged.settings, merged.reps, null), ...merged.records].map((x) => JSON.stringify(x));
    writeFileAtomic(o.out, lines.join('\n') + '\n');
  }
  const notes = [
    `merged ${files.length} record files: ${merged.records.length} of ${merged.reps} replicates; time is the replicates' total compute time`,
  ];
  if (o.plot !== undefined) {
    notes.push(`plots: ${(await writeCoveragePlots(o.plot, [{ summary, records: merged.records }])).join(', ')}`);
  }
  emit(o.json ? JSON.stringify(summary, null, 2) : formatCoverageSummary(summary, notes));
}

/**
 * Registers `rfci merge` on the program.
 *
 * @example
 * registerMerge(program);
 */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('combine the record files of a coverage study run in shards (rfci coverage --shard K/N --out …) into one summary')
    .argument('<files...>', 'record files (JSON Lines) of the same study')
    .option('--out <file>', 'also write the merged records, sorted by replicate, to FILE')
    .option('--allow-incomplete', 'summarize even if some replicates are missing')
    .option('--plot <dir>', 'write SVG figures into DIR')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', mergeOutputHelp)
    .action(async (files: string[], o: MergeCliOptions) => runMerge(files, o));
}
