import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// V8's --trace-opt prints one line per optimized compile with its mode; the
// worker threads rfci starts must compile on their own thread (kSynchronous),
// so that no background compile job can outlive them (src/workerIsolates.ts).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** The modes V8 used to optimize `names`, from a child running `script` with --trace-opt. */
function compileModes(script: string, names: readonly string[]): Map<string, Set<string>> {
  const r = spawnSync(process.execPath, ['--trace-opt', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, RFCI_THREADS: '2' }, timeout: 120_000, maxBuffer: 1 << 26 });
  expect(r.status, r.stderr).toBe(0);
  const modes = new Map<string, Set<string>>();
  for (const m of r.stdout.matchAll(/\[compiling method \S+ <JSFunction (\S+) .*mode: ConcurrencyMode::(\w+)\]/g)) {
    if (names.includes(m[1]!)) modes.set(m[1]!, (modes.get(m[1]!) ?? new Set()).add(m[2]!));
  }
  return modes;
}

// a function that only a worker thread runs, hot enough to be optimized
const hotWorker = (prepare: boolean): string => `
  import { Worker } from 'node:worker_threads';
  import { prepareWorkerIsolates } from '${dist}workerIsolates.js';
  ${prepare ? 'prepareWorkerIsolates();' : ''}
  const w = new Worker('function workerOnlyLoop(x) { let s = 0; for (let i = 0; i < 1000; i++) s += Math.sqrt(i * x); return s; } for (let k = 0; k < 20000; k++) workerOnlyLoop(k);', { eval: true });
  await new Promise((resolve) => w.on('exit', resolve));`;

describe('worker isolates compile on their own thread', () => {
  it('after prepareWorkerIsolates, and in the background without it', () => {
    expect(compileModes(hotWorker(false), ['workerOnlyLoop']).get('workerOnlyLoop')).toEqual(new Set(['kConcurrent']));
    expect(compileModes(hotWorker(true), ['workerOnlyLoop']).get('workerOnlyLoop')).toEqual(new Set(['kSynchronous']));
  });

  it('in the coverage worker pool', () => {
    // with one pool worker, the main thread only waits: the replicates' hot code runs in the worker
    const script = `
      import * as rfci from '${dist}index.js';
      await rfci.runReplicates(rfci.studySettings({ n: 60, p: 10, width: 30 }), Array.from({ length: 20 }, (_, i) => i), { workers: 1 });`;
    const modes = compileModes(script, ['fillNormal', 'mapPairFrom']);
    expect(modes.get('fillNormal')).toEqual(new Set(['kSynchronous']));
    expect(modes.get('mapPairFrom')).toEqual(new Set(['kSynchronous']));
  });

  it('leaves the main thread compiling in the background once the dense kernels start their threads', () => {
    // products of 160×160 (above the threading threshold) run on two threads; the
    // engine's worker loop is optimized in its own isolate, the caller's loop in the background
    const script = `
      import { matmul, matrix } from '${dist}index.js';
      const A = matrix(160, 160, new Float64Array(160 * 160).fill(0.5));
      function mainOnlyLoop() { for (let i = 0; i < 3000; i++) matmul(A, A); }
      mainOnlyLoop();`;
    const modes = compileModes(script, ['mainOnlyLoop']);
    expect(modes.get('mainOnlyLoop')).toEqual(new Set(['kConcurrent']));
  });
});
