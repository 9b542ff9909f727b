/**
 * The CLI under bad input, odd file names and repeated runs (issue 9). Every
 * refusal is one line `rfci: error: …` naming the problem and the fix, a
 * non-zero exit, no stack trace, no output file (and an existing one is left
 * untouched). Cases already in fit.test.ts are not repeated here.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGenerator } from '../../src/index.js';
import { CLI, runCli, tempDir, writeCsv } from '../helpers/cli.js';

const dir = tempDir();
const rng = createGenerator(2024, 'cli-hardening');
const n = 40, p = 3;
const rows = Array.from({ length: n }, () => {
  const x = [rng.normal(), rng.normal(), rng.normal()];
  return [...x, x[0]! - 0.5 * x[2]! + rng.normal()];
});
const data = writeCsv(dir, 'data.csv', rows, ['a', 'b', 'c', 'y']);
const base = ['fit', '--data', data, '--response', 'y', '--width', '20'];
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const identity3 = writeCsv(dir, 'I3.csv', [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);

const cases: Array<[string, string[], RegExp]> = [
  ['infinite cell', ['fit', '--data', file('inf.csv', 'a,b,y\n1,2,3\n4,inf,6\n7,8,9\n'), '--response', 'y'], /inf\.csv: row 3, column "b" is "inf", expected a finite number/],
  ['NaN cell', ['fit', '--data', file('nan.csv', 'a,b,y\n1,NaN,3\n4,5,6\n'), '--response', 'y'], /row 2, column b is missing .*pass --drop-missing/],
  ['empty cell', ['fit', '--data', file('hole.csv', 'a,b,y\n1,,3\n4,5,6\n'), '--response', 'y'], /row 2, column b is missing .*pass --drop-missing/],
  ['header only', ['fit', '--data', file('hdr.csv', 'a,b,y\n'), '--response', 'y'], /has a header but no data rows/],
  ['duplicate column name', ['fit', '--data', file('dup.csv', 'a,a,y\n1,2,3\n'), '--response', 'y'], /column name "a" appears twice/],
  ['a folder as data', ['fit', '--data', dir, '--response', 'y'], /is a directory, expected a CSV file/],
  ['one data row', ['fit', '--data', file('one.csv', 'a,b,y\n1,2,3\n'), '--response', 'y'], /has 1 data row; inference needs at least 2 rows/],
  ['constant response', ['fit', '--data', file('cy.csv', 'a,b,y\n1,2,3\n2,5,3\n4,1,3\n'), '--response', 'y'], /the response "y" is constant \(every row is 3\); there is nothing to infer/],
  ['constant predictor', ['fit', '--data', file('cx.csv', 'a,b,y\n1,7,3\n2,7,1\n4,7,2\n'), '--response', 'y'], /column "b" is constant .* leave it out with --columns/],
  ['missing --data', ['fit', '--response', 'y'], /required option '--data <file.csv>' not specified \(see rfci fit --help\)/],
  ['missing --response', ['fit', '--data', data], /required option '--response <name>' not specified/],
  ['--lambda without a value', [...base, '--out', join(dir, 'never.json'), '--lambda'], /option '--lambda <x>' argument missing \(see rfci fit --help\)/],
  ['--lambda overflowing', [...base, '--lambda', '1e400'], /--lambda expects a number, got "1e400"/],
  ['--level 0', [...base, '--level', '0'], /level must be strictly between 0 and 1/],
  ['--level 1', [...base, '--level', '1'], /level must be strictly between 0 and 1/],
  ['--level text', [...base, '--level', 'high'], /--level expects a number, got "high"/],
  ['--width not a whole number', ['fit', '--data', data, '--response', 'y', '--width', '2.5'], /--width expects a whole number ≥ 1, got "2.5"/],
  ['--seed negative', [...base, '--seed', '-1'], /--seed expects a whole number ≥ 0/],
  ['--format unknown', [...base, '--format', 'xml'], /--format must be one of table, csv, json, got "xml"/],
  ['--weights-dist unknown', [...base, '--weights-dist', 'cauchy'], /--weights-dist must be one of gaussian, rademacher, sphere, orthogonal/],
  ['--weights and --width together', [...base, '--weights', identity3], /give either --weights W.csv or --width D, not both/],
  ['W file missing', ['fit', '--data', data, '--response', 'y', '--weights', join(dir, 'noW.csv')], /noW\.csv: file not found; check the path/],
  ['W non-numeric', ['fit', '--data', data, '--response', 'y', '--weights', file('Wbad.csv', '1,2,x\n')], /\(first layer W\): row 1, column 3 is "x"/],
  ['--covariance unknown kind', [...base, '--covariance', 'diag:1'], /--covariance must be .*precision:FILE.*matrix:FILE/],
  ['covariance file missing', [...base, '--covariance', `matrix:${join(dir, 'noS.csv')}`], /noS\.csv: file not found/],
  ['covariance not p×p', [...base, '--covariance', `matrix:${writeCsv(dir, 'S2.csv', [[1, 0], [0, 1]])}`], /covariance matrix is 2×2 but the data have p = 3 columns; it must be p×p/],
  ['covariance not positive definite', [...base, '--covariance', `matrix:${writeCsv(dir, 'Sneg.csv', [[1, 2, 0], [2, 1, 0], [0, 0, 1]])}`], /covariance matrix is not positive definite/],
  ['precision not symmetric', [...base, '--covariance', `precision:${writeCsv(dir, 'Oasym.csv', [[1, 0.5, 0], [0, 1, 0], [0, 0, 1]])}`], /precision matrix is not symmetric/],
  ['contrast of the wrong length', [...base, '--contrast', writeCsv(dir, 'a2.csv', [[1, 1]])], /contrast 1 has 2 entries but there are p = 3 coefficients/],
  ['zero contrast', [...base, '--contrast', writeCsv(dir, 'a0.csv', [[0, 0, 0]])], /contrast 1 is the zero vector/],
  ['--max-memory unparsable', [...base, '--max-memory', 'lots'], /--max-memory: memory size must be a positive number of bytes/],
  ['request above --max-memory', [...base, '--max-memory', '1K'], /needs about .* more than --max-memory 1 KiB; use a smaller --width/],
  ['--out in a missing folder', [...base, '--out', join(dir, 'nope', 'r.json')], /--out .*: the folder .* does not exist/],
  ['--out is the data file', [...base, '--out', data], /--out .* is the --data input file and would be overwritten/],
  ['--out is a folder', [...base, '--out', dir], /--out .* is a folder; give a file name/],
  ['--columns with an empty name', [...base, '--columns', 'a,,b'], /--columns expects a comma-separated list of names, got "a,,b"/],
  ['unknown command', ['fitt'], /unknown command 'fitt' \(see rfci --help\)/],
];

describe('the other commands refuse with one line, exit 2 and nothing on standard output', () => {
  const compare = ['compare', '--activations', 'relu', '--n', '60', '--d-over-n', '0.5'];
  it.each([
    ['compare --lambda < 0', [...compare, '--lambda', '-1'], /--lambda must be a finite number ≥ 0 or "optimal", got "-1"/],
    ['compare --simulate 1', [...compare, '--simulate', '1'], /--simulate needs 0 or a number of replicates ≥ 2/],
    ['compare --plot in a missing folder', [...compare, '--plot', join(dir, 'nope', 'c.svg')], /--plot .*c\.svg: the folder .*nope does not exist/],
    ['compare --plot a folder', [...compare, '--plot', dir], /--plot .* is a folder; give a file name/],
    ['coverage with two width flags', ['coverage', '--n', '60', '--p', '12', '--d', '30', '--widths', '10,20', '--reps', '2'], /give exactly one of --d WIDTH, --d-over-n FROM:TO:COUNT or --widths/],
    ['predict at the interpolation threshold with λ = 0', ['predict', '--n', '100', '--p', '20', '--d', '100', '--lambda', '0'], /the predicted length is infinite: lambda = 0 at the interpolation threshold \(df = n = 100\)/],
  ] as Array<[string, string[], RegExp]>)('%s', (_name, args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^rfci: error: /);
    expect(run.stderr).toMatch(message);
  });
});

describe('rfci fit refuses bad flags and files with one line', () => {
  it.each(cases)('%s', (_name, args, message) => {
    const out = join(dir, `out-${Math.random()}.json`);
    const usesOut = args.includes('--out');
    const run = runCli(usesOut ? args : [...args, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n').filter((l) => !l.startsWith('(Did you mean'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rfci: error: /);
    expect(lines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+|Error:/);
    if (!usesOut) expect(existsSync(out)).toBe(false);
  });

  it('a failing run leaves an existing --out file untouched and no temporary file behind', () => {
    const out = file('previous.json', '{"old": true}\n');
    const run = runCli([...base, '--level', '2', '--out', out]);
    expect(run.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('{"old": true}\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('warnings reach the user in every format', () => {
  const small = writeCsv(dir, 'small.csv', rows.slice(0, 12), ['a', 'b', 'c', 'y']);
  const args = ['fit', '--data', small, '--response', 'y', '--width', '6'];

  it('table: a Warnings block in the summary', () => {
    const run = runCli(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\nWarnings:\n {2}1\. n = 12 is small/);
  });

  it('json: a warnings array', () => {
    const out = JSON.parse(runCli([...args, '--json']).stdout);
    expect(out.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^n = 12 is small/)]));
  });

  it('csv: one "rfci: warning:" line per warning on standard error, clean CSV on standard output', () => {
    const run = runCli([...args, '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^rfci: warning: n = 12 is small/m);
    expect(run.stdout.split('\n')[0]).toBe('term,estimate,std_error,statistic,p_value,conf_low,conf_high,method');
    expect(run.stdout).not.toMatch(/warning/);
  });

  it('the demo (p/n = 0.05) carries exactly the small-p/n warning', () => {
    const out = JSON.parse(runCli(['demo', '--json']).stdout);
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatch(/^p\/n = 0.05 is below 0.25, the smallest ratio validated by simulation/);
  });
});

describe('file names are used as given', () => {
  it('spaces, unicode and a leading dash work for data, W and output', () => {
    const odd = join(dir, 'ünïcødé dir');
    mkdirSync(odd, { recursive: true });
    copyFileSync(data, join(odd, '-x data é.csv'));
    const W = writeCsv(odd, '-W ω.csv', [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]]);
    const out = join(odd, '-résultat 1.json');
    const run = runCli(['fit', '--data=./-x data é.csv', '--response', 'y', `--weights=${W}`, '--json', '--out', out], { cwd: odd });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ n, p, d: 4 });
  });

  it('a name that looks like a flag is refused by the parser, not read or executed', () => {
    const run = runCli(['fit', '--data', '-x.csv', '--response', 'y']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^rfci: error: /);
  });

  it('shell metacharacters in a name are just characters', () => {
    const evil = join(dir, '$(touch pwned); `id` | x.csv');
    copyFileSync(data, evil);
    const run = runCli(['fit', '--data', evil, '--response', 'y', '--width', '5', '--json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });
});

describe('determinism: the same seed gives bit-identical output', () => {
  it('rfci fit, twice, in every format', () => {
    for (const format of ['json', 'csv', 'table']) {
      const a = runCli([...base, '--seed', '17', '--format', format]);
      const b = runCli([...base, '--seed', '17', '--format', format]);
      expect(a.status).toBe(0);
      expect(b.stdout).toBe(a.stdout);
    }
    expect(runCli([...base, '--seed', '18', '--json']).stdout).not.toBe(runCli([...base, '--seed', '17', '--json']).stdout);
  });

  it('rfci demo, twice; another seed gives other data', () => {
    const a = runCli(['demo', '--json', '--seed', '3']);
    expect(runCli(['demo', '--json', '--seed', '3']).stdout).toBe(a.stdout);
    expect(runCli(['demo', '--json', '--seed', '4']).stdout).not.toBe(a.stdout);
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends the command quietly, without a stack trace', () => {
    const args = 'compare --activations relu,tanh,erf,gelu --p-over-n 0.5 --d-over-n 0.1:10:3000 --lambda 0.001 --json';
    // as `rfci … | head -c 1`: the reader exits after one byte while rfci is still writing
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${args} | head -c 1`], { encoding: 'utf8' });
    expect(run.stdout).toBe('{');
    expect(run.stderr).toBe('');
  });
});
