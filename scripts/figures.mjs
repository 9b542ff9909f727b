// Regenerates every figure and table of docs/reproducing.md into docs/figures/ by
// running the rfci commands a reader would run (`npm run figures`, which builds first).
//
//   node scripts/figures.mjs [--quick] [--out DIR] [--only NAME,NAME]
//
// --quick runs every job at a tiny size (seconds; the test suite uses it to check
// that the script still works); the default is the size of the paper's figures
// (tens of minutes on 2 cores). A job whose command is not in this build of rfci
// is reported as skipped and makes the script exit with status 3.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'index.js');
const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, out: { type: 'string' }, only: { type: 'string' } },
});
const quick = values.quick;
const out = values.out ?? join(root, 'docs', 'figures');
const only = values.only?.split(',');

/** Size of a study: the paper's, or a tiny one for --quick. */
const size = quick
  ? { n: '60', p: '12', d: '40', reps: '4', grid: '0.5:2:3' }
  : { n: '400', p: '200', d: '300', reps: '200', grid: '0.25:4:12' };

/**
 * The figures. `command` is the rfci subcommand a job needs; `runs` are the argument
 * lists (outputs go under `dir`); `table` turns the runs' standard outputs into a
 * Markdown file, when the job produces one.
 */
const jobs = [
  {
    name: 'coverage',
    title: 'Coverage table (METHOD §7): coverage, pivot mean and sd, KS distance, mean and predicted length',
    command: 'coverage',
    runs: (dir) =>
      [
        ['relu', 'identity', size.d, '0.001'],
        ['tanh', 'identity', size.d, '0.001'],
        ['relu', 'ar1:0.5', size.d, '0.001'],
        ['relu', 'identity', String(2 * Number(size.n)), '0'],
      ].map(([activation, design, d, lambda], k) => [
        'coverage', '--n', size.n, '--p', size.p, '--d', d, '--activation', activation, '--design', design,
        '--lambda', lambda, '--reps', size.reps, '--seed', '1', '--json', '--plot', join(dir, `setting-${k + 1}`),
      ]),
    table: (outputs) => coverageTable(outputs),
  },
  {
    name: 'double-descent',
    title: 'Double descent of the interval length: simulated and predicted √n·se against d/n',
    command: 'coverage',
    runs: (dir) => [
      ['coverage', '--n', size.n, '--p', size.p, '--d-over-n', size.grid, '--reps', quick ? '2' : '50', '--seed', '1', '--json', '--plot', dir],
    ],
  },
  {
    name: 'activations',
    title: 'Activation comparison: predicted interval length against d/n for every activation (METHOD §5)',
    command: 'compare',
    runs: (dir) => [['compare', '--n', size.n, '--p', size.p, '--plot', dir]],
  },
];

const { buildProgram } = await import(join(root, 'dist', 'cli', 'index.js'));
const commands = new Set(buildProgram().commands.map((c) => c.name()));
const hasCommand = (name) => commands.has(name);

function coverageTable(outputs) {
  const rows = outputs.map(({ args, stdout }) => {
    const s = JSON.parse(stdout);
    const summary = s.summary ?? s;
    const get = (...keys) => keys.map((k) => summary[k]).find((v) => v !== undefined);
    const flag = (f) => args[args.indexOf(f) + 1];
    const fmt = (v, digits = 3) => (typeof v === 'number' ? v.toFixed(digits) : '–');
    return `| ${flag('--n')} | ${flag('--p')} | ${flag('--d')} | ${flag('--activation')} | ${flag('--lambda')} | ${flag('--design')} | ${fmt(get('coverage'))} | ${fmt(get('coverageStdError', 'coverageSe'))} | ${fmt(get('pivotMean'))} | ${fmt(get('pivotSd'))} | ${fmt(get('ks', 'ksDistance'))} |`;
  });
  return [
    '| n | p | d | activation | λ | Σ | coverage | MC s.e. | pivot mean | pivot sd | KS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

mkdirSync(out, { recursive: true });
const skipped = [];
const failed = [];
for (const job of jobs) {
  if (only && !only.includes(job.name)) continue;
  if (!hasCommand(job.command)) {
    skipped.push(`${job.name} (needs \`rfci ${job.command}\`, not in this build)`);
    console.log(`skip ${job.name}: rfci ${job.command} is not available in this build`);
    continue;
  }
  const dir = join(out, job.name);
  mkdirSync(dir, { recursive: true });
  const outputs = [];
  for (const args of job.runs(dir)) {
    console.log(`$ rfci ${args.map((a) => (a.startsWith(root) ? relative(root, a) : a)).join(' ')}`);
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) {
      failed.push(`${job.name}: rfci ${args.join(' ')} exited ${r.status}`);
      break;
    }
    outputs.push({ args, stdout: r.stdout });
  }
  if (outputs.length === job.runs(dir).length && job.table) {
    writeFileSync(join(dir, 'table.md'), `${job.table(outputs)}\n`);
  }
  const made = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.svg') || String(f).endsWith('.md'));
  console.log(`${job.name}: ${made.length} file(s) in ${relative(root, dir) || dir}`);
}
if (failed.length > 0) {
  console.error(`failed:\n  ${failed.join('\n  ')}`);
  process.exit(1);
}
if (skipped.length > 0) {
  console.error(`skipped:\n  ${skipped.join('\n  ')}`);
  process.exit(3);
}
