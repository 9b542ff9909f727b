/**
 * The Monte Carlo engine: runs replicates of a study on worker threads
 * (piscina; all cores by default) or in the calling thread, reporting each
 * record as it finishes. Replicate i is seeded from `(seed, i)` only, so the
 * records do not depend on the number of workers or the order of completion.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { InvalidArgumentError, errorFromData } from '../errors.js';
import { releaseRecycledMatrices } from '../linalg/recycling.js';
import { type ReplicateRecord, prepareStudy, runReplicate } from './replicate.js';
import type { StudySettings } from './settings.js';
import type { ReplicateOutcome, ReplicateTask } from './worker.js';
import { prepareWorkerIsolates } from '../workerIsolates.js';

/** Options of {@link runReplicates}. */
export interface EngineOptions {
  /** Worker threads; 0 runs in the calling thread. Default: all cores. */
  readonly workers?: number;
  /** Called with each record as it finishes (completion order). */
  readonly onRecord?: (record: ReplicateRecord) => void;
  /** Stops the run: queued replicates are dropped, running ones abandoned. */
  readonly signal?: AbortSignal;
}

/**
 * Thrown by {@link runReplicates} when its signal aborts the run.
 *
 * @example
 * const e = new StudyInterrupted();
 * e.message; // 'coverage study interrupted'
 */
export class StudyInterrupted extends Error {
  constructor() {
    super('coverage study interrupted');
    this.name = 'StudyInterrupted';
  }
}

/**
 * The number of worker threads used by default: the machine's available
 * parallelism.
 *
 * @example
 * defaultWorkers(); // e.g. 8
 */
export function defaultWorkers(): number {
  return availableParallelism();
}

function unwrap(outcome: ReplicateOutcome): ReplicateRecord {
  if ('error' in outcome) {
    throw errorFromData(outcome.error);
  }
  return outcome.record;
}

function workerFile(): string {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (!existsSync(file)) {
    throw new InvalidArgumentError(`worker threads need the compiled worker ${file}; build rfci (npm run build) or run with workers: 0`);
  }
  return file;
}

/**
 * Runs the replicates `indices` of a study and returns their records in
 * completion order (sort by `index` before summarizing). Errors raised by a
 * replicate (e.g. a singular fit) stop the run and are rethrown with their
 * rfci error class. With worker threads, the workers compile JavaScript on
 * their own thread (V8's `--concurrent-recompilation` off for isolates created
 * from then on; docs/performance.md says why).
 *
 * @example
 * const records = await runReplicates(studySettings({ width: 300 }), [0, 1, 2], { workers: 2 });
 */
export async function runReplicates(settings: StudySettings, indices: readonly number[], options: EngineOptions = {}): Promise<ReplicateRecord[]> {
  const workers = options.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 0) throw new InvalidArgumentError(`workers must be a whole number ≥ 0, got ${workers}`);
  const records: ReplicateRecord[] = [];
  const done = (r: ReplicateRecord) => {
    records.push(r);
    options.onRecord?.(r);
  };
  const signal = options.signal;
  if (workers === 0 || indices.length === 0) {
    const study = prepareStudy(settings);
    try {
      for (const i of indices) {
        await new Promise((resolve) => setImmediate(resolve));
        if (signal?.aborted) throw new StudyInterrupted();
        done(runReplicate(study, i));
      }
    } finally {
      releaseRecycledMatrices(); // the last replicate's arrays are not needed after the run
    }
    return records;
  }
  prepareStudy(settings); // fail fast on bad settings, in this thread
  const threads = Math.min(workers, indices.length);
  const linalgThreads = Math.max(1, Math.floor(availableParallelism() / threads));
  prepareWorkerIsolates();
  const pool = new Piscina<ReplicateTask, ReplicateOutcome>({ filename: workerFile(), minThreads: threads, maxThreads: threads, workerData: { linalgThreads } });
  let destroyed: Promise<void> | undefined;
  const destroy = () => (destroyed ??= pool.destroy());
  signal?.addEventListener('abort', destroy, { once: true });
  try {
    if (signal?.aborted) throw new StudyInterrupted();
    await Promise.all(
      indices.map((index) =>
        pool.run({ settings, index }).then((outcome) => {
          if (!signal?.aborted) done(unwrap(outcome));
        }),
      ),
    );
    return records;
  } catch (e) {
    throw signal?.aborted ? new StudyInterrupted() : e;
  } finally {
    signal?.removeEventListener('abort', destroy);
    await destroy();
  }
}
