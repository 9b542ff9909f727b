/**
 * The worker-thread entry of the coverage engine (run by piscina from the
 * compiled `dist/simulation/worker.js`): runs one replicate and returns its
 * record, or the rfci error it raised as plain data (errors cross threads as
 * plain objects, so their class is rebuilt on the main thread). The pool
 * passes `workerData.linalgThreads`, the share of the cores each worker's
 * dense kernels may use, so replicate-level and kernel-level threads together
 * do not oversubscribe the machine (results do not depend on either).
 *
 * @module
 */
import { workerData } from 'node:worker_threads';
import { RfciError } from '../errors.js';
import { setLinalgThreads } from '../linalg/index.js';
import { type PreparedStudy, type ReplicateRecord, prepareStudy, runReplicate } from './replicate.js';
import type { StudySettings } from './settings.js';

/** A task: the study's settings and a replicate index. */
export interface ReplicateTask {
  /** Settings of the study. */
  readonly settings: StudySettings;
  /** Replicate index. */
  readonly index: number;
}

/** What a task returns: the record, or an rfci error as data. */
export type ReplicateOutcome = { readonly record: ReplicateRecord } | { readonly error: { readonly name: string; readonly message: string } };

const share = (workerData as { linalgThreads?: unknown } | undefined)?.linalgThreads;
if (typeof share === 'number') setLinalgThreads(share);

let cached: { key: string; study: PreparedStudy } | undefined;

/**
 * Runs replicate `task.index` of the study (the prepared study is cached per
 * worker across tasks of the same settings).
 *
 * @example
 * runReplicateTask({ settings, index: 3 }); // { record }
 */
export function runReplicateTask(task: ReplicateTask): ReplicateOutcome {
  try {
    const key = JSON.stringify(task.settings);
    if (cached?.key !== key) cached = { key, study: prepareStudy(task.settings) };
    return { record: runReplicate(cached.study, task.index) };
  } catch (e) {
    if (e instanceof RfciError) return { error: { name: e.name, message: e.message } };
    throw e;
  }
}

export default runReplicateTask;
