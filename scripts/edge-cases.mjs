#!/usr/bin/env node
// Runs every bad input and numerical edge case of docs/edge-cases.md through
// the built CLI (`npm run build` first) and prints the Markdown table:
// case | command | exit code | what rfci prints (first line of stderr, or the
// warnings of a successful run). Usage: node scripts/edge-cases.mjs > table.md
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rfci-edge-'));
const file = (name, text) => (writeFileSync(join(dir, name), text), name);
const csv = (name, rows, header) => file(name, [...(header ? [header.join(',')] : []), ...rows.map((r) => r.join(','))].join('\n') + '\n');

// a deterministic data set: n = 40, p = 3, y = a − c/2 + noise (sin-based, no generator needed)
const noise = (i, k) => Math.sin(12.9898 * (i + 1) * (k + 1)) * 1.7;
const rows = Array.from({ length: 40 }, (_, i) => {
  const x = [noise(i, 0), noise(i, 1), noise(i, 2)];
  return [...x, x[0] - x[2] / 2 + noise(i, 3) / 2];
});
csv('data.csv', rows, ['a', 'b', 'c', 'y']);
csv('scaled-big.csv', rows.map((r) => r.map((v) => v * 1e150)), ['a', 'b', 'c', 'y']);
csv('scaled-small.csv', rows.map((r) => r.map((v) => v * 1e-150)), ['a', 'b', 'c', 'y']);
csv('y-big.csv', rows.map((r) => [...r.slice(0, 3), r[3] * 1e150]), ['a', 'b', 'c', 'y']);
csv('positive.csv', rows.map((r) => [...r.slice(0, 3).map((v) => Math.abs(v) + 0.1), r[3]]), ['a', 'b', 'c', 'y']);
csv('p1.csv', rows.map((r) => [r[0], r[3]]), ['a', 'y']);
csv('n2.csv', rows.slice(0, 2), ['a', 'b', 'c', 'y']);
csv('n3.csv', rows.slice(0, 3), ['a', 'b', 'c', 'y']);
csv('Wneg.csv', Array.from({ length: 5 }, (_, k) => [-1 - k, -0.5, -0.25]));
csv('W2.csv', [[1, 2]]);
csv('I3.csv', [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
csv('S2.csv', [[1, 0], [0, 1]]);
csv('Sneg.csv', [[1, 2, 0], [2, 1, 0], [0, 0, 1]]);
csv('Oasym.csv', [[1, 0.5, 0], [0, 1, 0], [0, 0, 1]]);
const equi = (rho) => [[1, rho, rho], [rho, 1, rho], [rho, rho, 1]];
csv('Sill.csv', equi(1 - 1e-12));
csv('Ssing.csv', equi(1 - 1e-15));
csv('a2.csv', [[1, 1]]);
csv('a0.csv', [[0, 0, 0]]);
file('inf.csv', 'a,b,y\n1,2,3\n4,inf,6\n7,8,9\n');
file('abc.csv', 'a,b,y\n1,abc,3\n4,5,6\n');
file('hole.csv', 'a,b,y\n1,,3\n4,5,6\n');
file('ragged.csv', 'a,b,y\n1,2,3\n4,5\n');
file('empty.csv', '');
file('hdr.csv', 'a,b,y\n');
file('dup.csv', 'a,a,y\n1,2,3\n');
file('one.csv', 'a,b,y\n1,2,3\n');
file('cy.csv', 'a,b,y\n1,2,3\n2,5,3\n4,1,3\n');
file('cx.csv', 'a,b,y\n1,7,3\n2,7,1\n4,7,2\n');
file('-x data é.csv', rows.map((r) => r.join(',')).reduce((s, l) => s + l + '\n', 'a,b,c,y\n'));

const fit = 'fit --data data.csv --response y';
const cases = [
  ['Bad input', 'non-numeric cell', 'fit --data abc.csv --response y'],
  ['Bad input', 'non-finite cell', 'fit --data inf.csv --response y'],
  ['Bad input', 'empty cell', 'fit --data hole.csv --response y'],
  ['Bad input', 'ragged row', 'fit --data ragged.csv --response y'],
  ['Bad input', 'empty file', 'fit --data empty.csv --response y'],
  ['Bad input', 'header but no rows', 'fit --data hdr.csv --response y'],
  ['Bad input', 'missing file', 'fit --data nope.csv --response y'],
  ['Bad input', 'a folder as data', 'fit --data . --response y'],
  ['Bad input', 'duplicate column name', 'fit --data dup.csv --response y'],
  ['Bad input', 'unknown response', 'fit --data data.csv --response z'],
  ['Bad input', 'unknown column', `${fit} --columns a,q`],
  ['Bad input', 'one data row', 'fit --data one.csv --response y'],
  ['Bad input', 'constant response', 'fit --data cy.csv --response y'],
  ['Bad input', 'constant predictor', 'fit --data cx.csv --response y'],
  ['Bad input', 'W whose width is not p', `${fit} --weights W2.csv`],
  ['Bad input', 'precision not p×p', `${fit} --covariance precision:S2.csv`],
  ['Bad input', 'covariance not positive definite', `${fit} --covariance matrix:Sneg.csv`],
  ['Bad input', 'precision not symmetric', `${fit} --covariance precision:Oasym.csv`],
  ['Bad input', 'contrast of the wrong length', `${fit} --contrast a2.csv`],
  ['Bad input', 'zero contrast', `${fit} --contrast a0.csv`],
  ['Bad input', 'λ < 0', `${fit} --lambda -1`],
  ['Bad input', 'λ not a number', `${fit} --lambda 1e400`],
  ['Bad input', 'level outside (0, 1)', `${fit} --level 1`],
  ['Bad input', 'unknown activation', `${fit} --activation swish2`],
  ['Bad input', 'width 0', `${fit} --width 0`],
  ['Bad input', '--weights and --width', `${fit} --weights I3.csv --width 5`],
  ['Bad input', 'unknown flag', `${fit} --lamda 1`],
  ['Bad input', 'missing required flag', 'fit --data data.csv'],
  ['Bad input', 'unknown command', 'fitt'],
  ['Bad input', 'λ = 0, singular features', `${fit} --activation linear --width 10 --lambda 0`],
  ['Bad input', '--out in a missing folder', `${fit} --out nope/r.json`],
  ['Bad input', '--out is the data file', `${fit} --out data.csv`],
  ['Memory', 'width far too large', `${fit} --width 100000000`],
  ['Memory', 'below --max-memory', `${fit} --max-memory 16K`],
  ['Memory', 'bad --max-memory', `${fit} --max-memory lots`],
  ['Numerical', 'd = n, λ = 0 (interpolation threshold)', `${fit} --width 40 --lambda 0`],
  ['Numerical', 'd = n, λ = 1e-12', `${fit} --width 40 --lambda 1e-12`],
  ['Numerical', 'd > n, λ = 0 (minimum-norm interpolator)', `${fit} --width 120 --lambda 0`],
  ['Numerical', 'λ = 1e-12, d < n', `${fit} --width 20 --lambda 1e-12`],
  ['Numerical', 'λ = 1e12', `${fit} --width 20 --lambda 1e12`],
  ['Numerical', 'rank-deficient features, λ = 1e-16', `${fit} --activation linear --width 30 --lambda 1e-16`],
  ['Numerical', 'relu, every pre-activation negative', 'fit --data positive.csv --response y --no-center --weights Wneg.csv'],
  ['Numerical', 'p = 1', 'fit --data p1.csv --response y --width 20'],
  ['Numerical', 'n = 2 (centered: one degree of freedom)', 'fit --data n2.csv --response y --width 1'],
  ['Numerical', 'n = 3', 'fit --data n3.csv --response y --width 2'],
  ['Numerical', 'all values near 1e150', 'fit --data scaled-big.csv --response y --width 20'],
  ['Numerical', 'all values near 1e-150', 'fit --data scaled-small.csv --response y --width 20'],
  ['Numerical', 'y near 1e150', 'fit --data y-big.csv --response y --width 20'],
  ['Numerical', 'Σ with condition ≈ 1e12', `${fit} --width 20 --covariance matrix:Sill.csv`],
  ['Numerical', 'Σ with condition ≈ 1e15', `${fit} --width 20 --covariance matrix:Ssing.csv`],
  ['Names', 'leading dash, space, unicode', 'fit --data=./-x\u00a0data\u00a0é.csv --response y --width 20'],
];

const quote = (s) => s.replace(/\|/g, '\\|');
console.log('| kind | case | command | exit | what rfci prints |');
console.log('| --- | --- | --- | --- | --- |');
for (const [kind, name, command] of cases) {
  const args = command.split(' ').map((a) => a.replaceAll('\u00a0', ' '));
  const r = spawnSync(process.execPath, [CLI, ...args, ...(args[0] === 'fit' ? ['--json'] : [])], { cwd: dir, encoding: 'utf8' });
  let said;
  if (r.status === 0) {
    const out = JSON.parse(r.stdout);
    said = out.warnings.length === 0 ? `answers (df = ${out.df.toPrecision(4)}, no warning)` : `answers, warns: ${out.warnings.map((w) => `“${w}”`).join(' ')}`;
  } else {
    said = r.stderr.trim().split('\n')[0];
  }
  console.log(`| ${kind} | ${name} | \`rfci ${quote(command.replaceAll('\u00a0', ' '))}\` | ${r.status} | ${quote(said)} |`);
}
