#!/usr/bin/env node
// `npm run bench`: rfci (dist/, built by `npm install`) against its numpy +
// OpenBLAS peer (bench/numpy_peer.py), side by side on this machine.
//
// For every setting both are run in alternation, ROUNDS times each (default 3;
// `node bench/run.mjs 5` for more); each run reports its own median, and the
// table shows the median over rounds, the ratio rfci/numpy, and the peak
// resident memory of each process (max RSS from /usr/bin/time, when present).
// OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed from numpy's environment
// only (they slow OpenBLAS down on this kind of machine).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.argv[2] ?? 3);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const settings = [
  { mode: 'fit', n: 1000, p: 1000, d: 1000 },
  { mode: 'fit', n: 1000, p: 500, d: 2000 },
  { mode: 'fit', n: 2000, p: 200, d: 500 },
  { mode: 'fit', n: 400, p: 200, d: 300 },
  { mode: 'coverage', n: 400, p: 200, d: 300 },
];

function run(cmd, args) {
  const full = TIME ? [TIME, ['-f', 'MAXRSS_KB=%M', cmd, ...args]] : [cmd, args];
  const r = spawnSync(full[0], full[1], { cwd: root, encoding: 'utf8', env: process.env, maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  const result = JSON.parse(lines[lines.length - 1]);
  const rss = /MAXRSS_KB=(\d+)/.exec(r.stderr);
  return { seconds: result.seconds.median, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const s of settings) {
  const size = ['--n', String(s.n), '--p', String(s.p), '--d', String(s.d), '--activation', 'relu'];
  const extra = s.mode === 'fit' ? ['--repeats', '5'] : ['--reps', '50'];
  const rf = [], np = [];
  for (let k = 0; k < rounds; k++) {
    rf.push(run(process.execPath, ['dist/cli/index.js', 'bench', '--mode', s.mode, ...size, ...extra, '--json']));
    np.push(run('env', ['-u', 'OPENBLAS_CORETYPE', '-u', 'OPENBLAS_L2_SIZE', 'python3', 'bench/numpy_peer.py', s.mode, ...size, ...extra]));
  }
  const row = {
    ...s,
    rfci: median(rf.map((r) => r.seconds)),
    numpy: median(np.map((r) => r.seconds)),
    rfciMb: median(rf.map((r) => r.rssMb)),
    numpyMb: median(np.map((r) => r.rssMb)),
  };
  rows.push(row);
  process.stderr.write(`${s.mode} ${s.n}/${s.p}/${s.d}: rfci ${(row.rfci * 1000).toFixed(1)} ms, numpy ${(row.numpy * 1000).toFixed(1)} ms\n`);
}

const py = spawnSync('python3', ['-c', 'import numpy, sys; c = numpy.show_config(mode="dicts"); b = c["Build Dependencies"]["blas"]; print(numpy.__version__, b.get("name"), b.get("version"))'], { encoding: 'utf8' });
const ms = (x) => (x * 1000).toFixed(1);
const mb = (x) => (Number.isNaN(x) ? 'n/a' : x.toFixed(0));
const out = [
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; numpy ${py.stdout.trim() || 'unknown'}.`,
  `Median over ${rounds} alternating rounds (each the median of 5 timed runs for fit; seconds per replicate over 50 replicates for coverage).`,
  '',
  '| mode | n | p | d | rfci (ms) | numpy (ms) | rfci / numpy | rfci peak RSS (MB) | numpy peak RSS (MB) | RSS ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.mode} | ${r.n} | ${r.p} | ${r.d} | ${ms(r.rfci)} | ${ms(r.numpy)} | ${(r.rfci / r.numpy).toFixed(2)} | ${mb(r.rfciMb)} | ${mb(r.numpyMb)} | ${(r.rfciMb / r.numpyMb).toFixed(2)} |`),
];
console.log(out.join('\n'));
