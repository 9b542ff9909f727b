/**
 * Worker thread of `rfci bench --mode coverage`: runs the replicates it is
 * sent, single-threaded (the replicates themselves are spread over the cores),
 * and posts back how many intervals covered.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setLinalgThreads } from '../linalg/index.js';
import { type BenchSettings, runReplicate } from './benchWork.js';

const settings = workerData as BenchSettings;
setLinalgThreads(1);
parentPort!.on('message', (replicates: number[]) => {
  let covered = 0;
  for (const r of replicates) covered += runReplicate(settings, r);
  parentPort!.postMessage(covered);
});
parentPort!.postMessage('ready');
