/**
 * A coverage study run end to end: choose the replicates (all, or a shard),
 * skip those already in the record file (`resume`), run the rest on the
 * engine while appending each record to the file, and summarize the records
 * sorted by index, with the predicted length of METHOD §5 beside the mean
 * length when it applies. A sweep runs one study per width.
 *
 * @module
 */
import { basename, dirname, extname, join } from 'node:path';
import { InvalidArgumentError } from '../errors.js';
import { type EngineOptions, runReplicates } from './engine.js';
import { predictedStudyLength } from './prediction.js';
import { type RecordWriter, openRecordFile, recordHeader } from './records.js';
import type { ReplicateRecord } from './replicate.js';
import type { StudySettings } from './settings.js';
import { type Shard, shardIndices } from './shard.js';
import { type CoverageSummary, summarizeCoverage } from './summary.js';

/** Options of {@link runCoverageStudy}. */
export interface StudyRunOptions extends Pick<EngineOptions, 'workers' | 'signal'> {
  /** Replicates of the whole study (≥ 1). */
  readonly reps: number;
  /** Run only this shard. */
  readonly shard?: Shard;
  /** Record file (JSON Lines) to append to as replicates finish. */
  readonly out?: string;
  /** Continue `out`: skip the replicates it already holds. */
  readonly resume?: boolean;
  /** Called after each replicate with (finished in this run, to run in this run). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Predicted interval length to show beside the mean length (default: {@link predictedStudyLength}, METHOD §5). */
  readonly predictedLength?: number;
}

/** The outcome of a study run. */
export interface StudyRun {
  /** The study's settings. */
  readonly settings: StudySettings;
  /** Records of this run's replicates (shard or whole study), sorted by index. */
  readonly records: ReplicateRecord[];
  /** Replicates computed by this run. */
  readonly computed: number;
  /** Replicates found in the record file and skipped. */
  readonly skipped: number;
  /** Whether a torn last line of the record file was removed. */
  readonly repaired: boolean;
  /** Summary of `records` (absent with fewer than 2). */
  readonly summary?: CoverageSummary;
}

/**
 * Runs a coverage study (or one shard of it), appending records to `out`.
 * Interrupting through `signal` rejects with `StudyInterrupted` and leaves
 * `out` holding every finished replicate, ready for `resume`.
 *
 * @example
 * const run = await runCoverageStudy(studySettings({ width: 300 }), { reps: 100, workers: 2, out: 'new-study.jsonl' });
 * run.summary?.coverage;
 */
export async function runCoverageStudy(settings: StudySettings, options: StudyRunOptions): Promise<StudyRun> {
  const { reps } = options;
  if (!Number.isInteger(reps) || reps < 1) throw new InvalidArgumentError(`reps must be a whole number ≥ 1, got ${reps}`);
  const wanted = shardIndices(reps, options.shard);
  if (wanted.length === 0) {
    throw new InvalidArgumentError(`shard ${options.shard!.index}/${options.shard!.count} has no replicates with --reps ${reps}; use at most ${reps} shards`);
  }
  if (options.resume && options.out === undefined) throw new InvalidArgumentError('--resume needs --out FILE.jsonl (the record file to continue)');
  let writer: RecordWriter | undefined;
  let existing: ReplicateRecord[] = [];
  let repaired = false;
  if (options.out !== undefined) {
    const opened = openRecordFile(options.out, recordHeader(settings, reps, options.shard ?? null), { resume: options.resume ?? false });
    ({ writer, existing, repaired } = opened);
  }
  try {
    const have = new Set(existing.map((r) => r.index));
    const todo = wanted.filter((i) => !have.has(i));
    let done = 0;
    options.onProgress?.(0, todo.length);
    const start = performance.now();
    const fresh = await runReplicates(settings, todo, {
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
      onRecord: (r) => {
        writer?.append(r);
        options.onProgress?.(++done, todo.length);
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const inShard = new Set(wanted);
    const records = [...existing.filter((r) => inShard.has(r.index)), ...fresh].sort((a, b) => a.index - b.index);
    const predictedLength = options.predictedLength ?? predictedStudyLength(settings);
    const summary =
      records.length >= 2
        ? summarizeCoverage(records, settings, {
            timing: { seconds, computed: fresh.length },
            ...(predictedLength !== undefined ? { predictedLength } : {}),
          })
        : undefined;
    return { settings, records, computed: fresh.length, skipped: wanted.length - todo.length, repaired, ...(summary ? { summary } : {}) };
  } finally {
    writer?.close();
  }
}

/**
 * The record file of one width of a sweep: `study.jsonl` → `study-d300.jsonl`.
 *
 * @example
 * sweepRecordPath('runs/study.jsonl', 300); // 'runs/study-d300.jsonl'
 */
export function sweepRecordPath(out: string, width: number): string {
  const ext = extname(out);
  return join(dirname(out), `${basename(out, ext)}-d${width}${ext || '.jsonl'}`);
}
