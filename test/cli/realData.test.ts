import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ordinaryLeastSquares } from '../../src/inference/ols.js';
import { runCli, tempDir, writeCsv } from '../helpers/cli.js';
import { type FitVector, expectClose, expectCoefficients, loadFixture } from '../helpers/vectors.js';

const v = loadFixture<FitVector>('fit-unknown-cov-relu.json');
const dir = tempDir();
const names = v.X[0]!.map((_, j) => `x${j + 1}`);
const data = writeCsv(dir, 'data.csv', v.X.map((row, i) => [...row, v.y[i]!]), [...names, 'y']);
const W = writeCsv(dir, 'W.csv', v.W);
const base = ['fit', '--data', data, '--response', 'y', '--weights', W, '--activation', 'relu', '--lambda', String(v.lambda)];

function json(args: string[]): Record<string, any> {
  const run = runCli(args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

describe('rfci fit on real data', () => {
  it('reproduces the unknown-covariance vector (default covariance, --no-center)', () => {
    for (const extra of [[], ['--covariance', 'unknown']]) {
      const out = json([...base, '--no-center', '--json', ...extra]);
      expect(out.covariance).toBe('unknown');
      expect(out.scale).toBe('original');
      expectCoefficients(out.coefficients, v.expected);
      expectClose(out.df, v.expected.df);
      expectClose(out.residualNorm, v.expected.residualNorm);
    }
  });

  it('--standardize --json gives coefficients, ols and designDiagnostics; OLS is closed-form OLS', () => {
    const out = json([...base, '--covariance', 'unknown', '--standardize', '--json']);
    expect(out.scale).toBe('standardized');
    expect(out.centered).toBe(true);
    expect(out.coefficients).toHaveLength(10);
    expect(out.ols).toHaveLength(10);
    expect(Object.keys(out.ols[0])).toEqual(expect.arrayContaining(['term', 'estimate', 'stdError', 'lower', 'upper']));
    expect(out.olsResidualDf).toBe(80 - 10 - 1);
    expect(out.designDiagnostics.columns).toHaveLength(10);
    expect(out.designDiagnostics.mardia.skewnessDf).toBe(220);
    expect(out.designDiagnostics.conditionNumber).toBeGreaterThan(1);
    // closed form on the same standardized design
    const means = names.map((_, j) => v.X.reduce((s, r) => s + r[j]!, 0) / 80);
    const sds = names.map((_, j) => Math.sqrt(v.X.reduce((s, r) => s + (r[j]! - means[j]!) ** 2, 0) / 79));
    const Xs = v.X.map((r) => r.map((x, j) => (x - means[j]!) / sds[j]!));
    const ym = v.y.reduce((s, t) => s + t, 0) / 80;
    const ols = ordinaryLeastSquares(Xs, v.y.map((t) => t - ym), { centered: true });
    expectClose(out.ols.map((r: Record<string, number>) => r.estimate), Array.from(ols.beta), 1e-10);
    expectClose(out.ols.map((r: Record<string, number>) => r.stdError), ols.coefficients.map((c) => c.stdError), 1e-10);
  });

  it('prints least squares, diagnostics and significance marks in the table', () => {
    const run = runCli([...base, '--standardize']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/covariance of x: unknown/);
    expect(run.stdout).toMatch(/Least squares on the same design .* on 69 df, n − p − 1/);
    expect(run.stdout).toMatch(/Design diagnostics/);
    expect(run.stdout).toMatch(/Mardia skewness/);
    expect(run.stdout).toMatch(/\*\*\*/);
  });

  it('--adjust adds adjusted p-values to the table, JSON and CSV', () => {
    const out = json([...base, '--adjust', 'bonferroni', '--json']);
    expect(out.adjust).toBe('bonferroni');
    for (const r of [...out.coefficients, ...out.ols]) expectClose(r.pAdjusted, Math.min(1, 10 * r.pValue), 1e-12);
    const csv = runCli([...base, '--adjust', 'bh', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('term,estimate,std_error,statistic,p_value,p_adjusted,conf_low,conf_high,method');
    expect(csv).toHaveLength(21);
    expect(runCli([...base, '--adjust', 'holm']).stdout).toMatch(/p adj\./);
  });

  it('--simultaneous widens the intervals to level 1 − a/m and says so', () => {
    const plain = json([...base, '--json']);
    const simul = json([...base, '--simultaneous', '--json']);
    expect(simul.simultaneous).toBe(true);
    expectClose(simul.intervalLevel, 1 - 0.05 / 10, 1e-14);
    expect(simul.coefficients[0].upper - simul.coefficients[0].lower).toBeGreaterThan(plain.coefficients[0].upper - plain.coefficients[0].lower);
    expect(runCli([...base, '--simultaneous']).stdout).toMatch(/Bonferroni-simultaneous intervals/);
  });

  it('--plot writes an SVG forest plot', () => {
    const svg = join(dir, 'forest.svg');
    const run = runCli([...base, '--plot', svg]);
    expect(run.status).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toMatch(/network/);
    expect(text).toMatch(/OLS/);
  });

  it('--plot is checked before the fit: not an input file, not the --out file, in an existing folder', () => {
    const before = readFileSync(data, 'utf8');
    const out = join(dir, 'same.txt');
    for (const [plot, message] of [
      [data, /^rfci: error: --plot .*data\.csv is the --data input file and would be overwritten/],
      [out, /^rfci: error: --plot .*same\.txt is the --out input file and would be overwritten/],
      [join(dir, 'nope', 'f.svg'), /^rfci: error: --plot .*f\.svg: the folder .*nope does not exist/],
    ] as const) {
      const run = runCli([...base, '--plot', plot, '--out', out]);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(data, 'utf8')).toBe(before);
    expect(existsSync(out)).toBe(false);
  });

  it('--calibrate R and rfci calibrate report the coverage on resampled and Gaussian rows', () => {
    const args = ['--data', data, '--response', 'y', '--weights', W, '--lambda', String(v.lambda), '--columns', 'x1,x2,x3'];
    const W3 = writeCsv(dir, 'W3.csv', v.W.map((r) => r.slice(0, 3)));
    args[5] = W3;
    const table = runCli(['fit', ...args, '--calibrate', '3']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/Data-calibrated coverage/);
    expect(table.stdout).toMatch(/your rows, resampled/);
    const out = json(['calibrate', ...args, '--replicates', '3', '--json']);
    expect(out.calibration.regimes.map((g: { regime: string }) => g.regime)).toEqual(['resampled', 'gaussian']);
    expect(out.calibration.replicates).toBe(3);
  });

  it('rfci calibrate refuses --format csv before reading the data (and before any refit)', () => {
    const run = runCli(['calibrate', '--data', join(dir, 'never-read.csv'), '--response', 'y', '--format', 'csv']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('rfci: error: rfci calibrate prints a table or JSON; use --format table or --json');
  });
});

describe('rfci fit on real data rejects bad input with one line', () => {
  const cases: Array<[string, string[], RegExp]> = [];
  const text = writeCsv(dir, 'text.csv', v.X.slice(0, 20).map((r, i) => [`car ${i}`, r[0]!, r[1]!, v.y[i]!]), ['name', 'a', 'b', 'y']);
  const missing = writeCsv(dir, 'missing.csv', v.X.slice(0, 20).map((r, i) => [i === 4 ? 'NA' : r[0]!, r[1]!, v.y[i]!]), ['a', 'b', 'y']);
  const wide = writeCsv(dir, 'wide.csv', v.X.slice(0, 8).map((r, i) => [...r, v.y[i]!]), [...names, 'y']);
  cases.push(
    ['a text column', ['fit', '--data', text, '--response', 'y', '--width', '5'], /column name is not numeric; choose numeric predictors with --columns/],
    ['a missing value', ['fit', '--data', missing, '--response', 'y', '--width', '5'], /row 6, column a is missing.*--drop-missing/],
    ['p ≥ n with unknown covariance', ['fit', '--data', wide, '--response', 'y', '--width', '5'], /p = 10 ≥ n = 8.*--covariance identity.*--columns/],
    ['--standardize with --no-center', ['fit', '--data', missing, '--response', 'y', '--standardize', '--no-center'], /--standardize centers the columns/],
  );
  it.each(cases)('%s', (_name, args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('--drop-missing drops the row and says so', () => {
    const out = json(['fit', '--data', missing, '--response', 'y', '--width', '5', '--drop-missing', '--json']);
    expect(out.n).toBe(19);
    expect(out.droppedRows).toEqual([6]);
    expect(runCli(['fit', '--data', missing, '--response', 'y', '--width', '5', '--drop-missing']).stdout).toMatch(/1 row with missing values dropped/);
    expect(existsSync(missing)).toBe(true);
  });
});
