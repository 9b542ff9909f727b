import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpectralFilterRegression, createGenerator, drawFirstLayer, inferCoefficients, toRows } from '../../src/index.js';
import { runCli, tempDir, writeCsv } from '../helpers/cli.js';
import { estimateFitMemory } from '../../src/estimator/memory.js';

const n = 60, p = 4, d = 30;
const rng = createGenerator(11, 'cli-path-test');
const X = Array.from({ length: n }, () => Array.from({ length: p }, () => rng.normal()));
const y = X.map((x) => x[0]! - 0.5 * x[2]! + 0.5 * rng.normal());
const W = drawFirstLayer({ width: d, inputDimension: p, seed: 5 });
const dir = tempDir();
const data = writeCsv(dir, 'data.csv', X.map((row, i) => [...row, y[i]!]), ['a', 'b', 'c', 'e', 'y']);
const wFile = writeCsv(dir, 'W.csv', toRows(W));
const base = ['--data', data, '--response', 'y', '--weights', wFile, '--no-center', '--activation', 'tanh'];

function library(training: string, lambda = 0) {
  return inferCoefficients(new SpectralFilterRegression({ activation: 'tanh', weights: W, lambda, training }).fit(X, y));
}

function relClose(a: number, b: number, tol = 1e-10): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
}

describe('rfci path', () => {
  it('gradient flow: every point equals the library fit at that time, df grows, the shortest interval is marked', () => {
    const run = runCli(['path', ...base, '--times', '0.1:100:7', '--json']);
    // warnings that hold at every point are printed once, without a list of times
    expect(run.stderr).toMatch(/^rfci: warning: n = 60 is small: [^\n]*\(METHOD §7 checks coverage at n ≥ 400\)\nrfci: warning: p\/n = 0.0667 is below 0.25[^\n]*\n$/);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ n, p, d, activation: 'tanh', lambda: 0, training: { kind: 'flow' }, centered: false });
    expect(out.path.length).toBe(7);
    let prevDf = 0;
    out.path.forEach((pt: { time: number; df: number; scaledResidualNorm: number; coefficients: { term: string; estimate: number; lower: number; upper: number }[] }, k: number) => {
      relClose(pt.time, 0.1 * 1000 ** (k / 6), 1e-12);
      const lib = library(`flow:${pt.time}`);
      relClose(pt.df, lib.df);
      expect(pt.df).toBeGreaterThan(prevDf);
      prevDf = pt.df;
      expect(pt.coefficients.map((c) => c.term)).toEqual(['a', 'b', 'c', 'e']);
      pt.coefficients.forEach((c, j) => {
        relClose(c.estimate, lib.coefficients[j]!.estimate);
        relClose(c.upper - c.lower, lib.coefficients[j]!.upper - lib.coefficients[j]!.lower);
      });
    });
    const norms = out.path.map((pt: { scaledResidualNorm: number }) => pt.scaledResidualNorm);
    expect(out.shortest.index).toBe(norms.indexOf(Math.min(...norms)));
    expect(out.shortest.time).toBe(out.path[out.shortest.index].time);
  });

  it('gradient descent: integer steps, default step size 1/(s_max + λ), equal to the library fit', () => {
    const run = runCli(['path', ...base, '--training', 'gd', '--steps', '1:1000:4', '--lambda', '0.01', '--terms', 'c', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const fit = new SpectralFilterRegression({ activation: 'tanh', weights: W, lambda: 0.01, training: 'flow:0' }).fit(X, y);
    const s = fit.spectrum.values;
    relClose(out.training.stepSize, 1 / (s[s.length - 1]! + 0.01), 1e-12);
    expect(out.path.map((pt: { steps: number }) => pt.steps)).toEqual([1, 10, 100, 1000]);
    const dense = JSON.parse(runCli(['path', ...base, '--training', 'gd', '--steps', '1:10:20', '--terms', 'c', '--json']).stdout);
    expect(dense.path.map((pt: { steps: number }) => pt.steps)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); // rounded, repeats dropped
    const last = out.path[3];
    relClose(last.time, 1000 * out.training.stepSize, 1e-12);
    const lib = library(`gd:1000:${out.training.stepSize}`, 0.01);
    expect(last.coefficients.length).toBe(1);
    relClose(last.coefficients[0].estimate, lib.coefficients[2]!.estimate);
  });

  it('prints a table with the shortest row marked, writes csv, and draws the SVG plot', () => {
    const out = tempDir();
    const plot = join(out, 'path.svg');
    const run = runCli(['path', ...base, '--times', '0.5:50:5', '--terms', 'a,c', '--plot', plot]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/time t +df +n − df/);
    const marked = run.stdout.split('\n').filter((l) => /\d.*\*$/.test(l));
    expect(marked.length).toBe(1);
    expect(run.stdout).toMatch(/\n\* shortest intervals at t = /);
    const svg = readFileSync(plot, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('shortest at t =');
    expect(svg).toContain('training time t');
    const csv = runCli(['path', ...base, '--times', '1,10', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('time,steps,df,residual_df,term,estimate,std_error,statistic,p_value,conf_low,conf_high');
    expect(lines.length).toBe(1 + 2 * p);
  });

  it.each([
    [["--training", "gd", "--times", "1:10:3"], /--times is for --training flow/],
    [['--steps', '1:10:3'], /--steps and --eta are for --training gd/],
    [['--training', 'gd', '--eta', '100'], /--eta 100 makes gradient descent diverge.*use --eta below 2\/\(s_max \+ λ\) = /],
    [['--terms', 'zz'], /--terms: "zz" is not a predictor; predictors: a, b, c, e/],
    [['--times', '0:1:3'], /--times expects a:b:k/],
    [['--training', 'adam'], /--training must be one of flow, gd/],
  ])('rejects %j with one line and no output file', (extra, message) => {
    const out = tempDir();
    const run = runCli(['path', ...base, ...extra, '--plot', join(out, 'p.svg'), '--out', join(out, 'o.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n').length).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('rfci path on data with missing values, standardized', () => {
  it('drops the incomplete rows, scales the columns to sd 1 and says so, as rfci fit does', () => {
    const withMissing = writeCsv(dir, 'missing.csv', X.map((row, i) => (i === 4 || i === 9 ? [...row.slice(0, 3), NaN, y[i]!] : [...row, y[i]!])), ['a', 'b', 'c', 'e', 'y']);
    const args = ['path', '--data', withMissing, '--response', 'y', '--weights', wFile, '--activation', 'tanh', '--times', '1,10'];
    const refused = runCli(args);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--drop-missing/);
    const out = JSON.parse(runCli([...args, '--drop-missing', '--standardize', '--json']).stdout);
    expect(out).toMatchObject({ n: n - 2, scale: 'standardized', droppedRows: [6, 11], centered: true });
    // the library on the same rows, centered and divided by their sample sd
    const kept = X.filter((_, i) => i !== 4 && i !== 9), ky = y.filter((_, i) => i !== 4 && i !== 9);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const cols = [0, 1, 2, 3].map((j) => kept.map((r) => r[j]!));
    const sd = cols.map((c) => Math.sqrt(c.reduce((a, v) => a + (v - mean(c)) ** 2, 0) / (c.length - 1)));
    const Z = kept.map((r) => r.map((v, j) => (v - mean(cols[j]!)) / sd[j]!));
    const zy = ky.map((v) => v - mean(ky));
    const lib = inferCoefficients(new SpectralFilterRegression({ activation: 'tanh', weights: W, lambda: 0, training: 'flow:10' }).fit(Z, zy));
    out.path[1].coefficients.forEach((c: { estimate: number }, j: number) => relClose(c.estimate, lib.coefficients[j]!.estimate, 1e-9));
    const table = runCli([...args, '--drop-missing', '--standardize']).stdout;
    expect(table).toMatch(/columns standardized \(sd 1\): coefficients are per standard deviation/);
    expect(table).toMatch(/2 rows with missing values dropped \(--drop-missing\)/);
    expect(runCli([...args, '--drop-missing', '--standardize', '--no-center']).stderr).toMatch(/--standardize centers the columns/);
  });
});

describe('the memory guard of gradient flow and descent', () => {
  it('counts the spectral filter (path, fit --training flow) and not the ridge solves', () => {
    const shape = { n, p, d };
    const limit = String(Math.round((estimateFitMemory(shape).bytes + estimateFitMemory({ ...shape, method: 'filter' }).bytes) / 2));
    expect(runCli(['fit', ...base, '--covariance', 'identity', '--max-memory', limit, '--json']).status).toBe(0);
    for (const args of [['path', ...base, '--times', '1,10'], ['fit', ...base, '--covariance', 'identity', '--training', 'flow:3']]) {
      const refused = runCli([...args, '--max-memory', limit]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/rotated features .* more than --max-memory/);
    }
  });
});

describe('rfci fit --training', () => {
  it('defaults to identity covariance, refuses an explicit unknown one (METHOD §3 is for ridge) and --calibrate', () => {
    const defaulted = runCli(['fit', ...base, '--training', 'flow:3', '--json']);
    expect(defaulted.status).toBe(0);
    expect(JSON.parse(defaulted.stdout).covariance).toBe('identity');
    const identity = runCli(['fit', ...base, '--training', 'flow:3', '--covariance', 'identity', '--json']);
    expect(defaulted.stdout).toBe(identity.stdout);
    const run = runCli(['fit', ...base, '--training', 'flow:3', '--covariance', 'unknown']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^rfci: error: --training flow:3 needs a known covariance: add --covariance identity/);
    const cal = runCli(['fit', ...base, '--covariance', 'identity', '--training', 'flow:3', '--calibrate', '10']);
    expect(cal.stderr).toMatch(/--calibrate checks ridge fits only/);
    const gcv = runCli(['fit', ...base, '--covariance', 'identity', '--training', 'flow:3', '--lambda', 'gcv']);
    expect(gcv.stderr).toMatch(/gradient flow and descent need a number/);
  });

  it.each(['flow:3', 'gd:40:0.05', 'ridge'])('%s: the JSON contract with the training rule, equal to the library', (training) => {
    const run = runCli(['fit', ...base, '--covariance', 'identity', '--lambda', '0.01', '--training', training, '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const lib = library(training, 0.01);
    expect(out.training).toEqual(lib.training);
    expect(out).toMatchObject({ n, p, d, lambda: 0.01, level: 0.95, covariance: 'identity' });
    relClose(out.df, lib.df);
    out.coefficients.forEach((c: { estimate: number; stdError: number; pValue: number }, j: number) => {
      relClose(c.estimate, lib.coefficients[j]!.estimate, 1e-9);
      relClose(c.stdError, lib.coefficients[j]!.stdError, 1e-9);
    });
  });

  it('names the stable step sizes when gradient descent would diverge', () => {
    const run = runCli(['fit', ...base, '--covariance', 'identity', '--training', 'gd:10:1000']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^rfci: error: gradient descent with step size η = 1000 diverges.*use --training gd:10:ETA with ETA < /);
  });
});
