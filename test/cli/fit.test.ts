import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeCsv } from '../helpers/cli.js';
import { type FitVector, KNOWN_FIT_VECTORS, expectClose, expectCoefficients, loadFixture } from '../helpers/vectors.js';

function vectorFiles(v: FitVector, dir: string): string[] {
  const header = [...v.X[0]!.map((_, j) => `x${j + 1}`), 'y'];
  const data = writeCsv(dir, 'data.csv', v.X.map((row, i) => [...row, v.y[i]!]), header);
  const W = writeCsv(dir, 'W.csv', v.W);
  const args = ['fit', '--data', data, '--response', 'y', '--weights', W, '--activation', v.activation];
  args.push('--lambda', String(v.lambda), '--level', String(v.level), '--no-center', '--json');
  args.push('--covariance', v.precision ? `precision:${writeCsv(dir, 'omega.csv', v.precision)}` : 'identity');
  if (v.contrast) args.push('--contrast', writeCsv(dir, 'a.csv', [v.contrast.a]));
  return args;
}

describe.each(KNOWN_FIT_VECTORS)('rfci fit reproduces %s', (file) => {
  it('through the JSON contract', () => {
    const v = loadFixture<FitVector>(file);
    const run = runCli(vectorFiles(v, tempDir()));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ n: v.n, p: v.p, d: v.d, activation: v.activation, lambda: v.lambda, level: v.level, centered: false });
    expectCoefficients(out.coefficients, v.expected);
    expectClose(out.df, v.expected.df);
    expectClose(out.residualNorm, v.expected.residualNorm, 1e-8, 1e-6);
    if (v.contrast) {
      const c = out.contrast;
      expectClose([c.estimate, c.stdError, c.lower, c.upper], [v.contrast.estimate, v.contrast.stdError, v.contrast.lower, v.contrast.upper]);
    }
  });
});

describe('rfci fit output', () => {
  const v = loadFixture<FitVector>('fit-primal-relu.json');
  it('prints a summary table by default and broom-style CSV on request', () => {
    const dir = tempDir();
    const args = vectorFiles(v, dir).filter((a) => a !== '--json');
    const table = runCli(args);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/Coefficients:/);
    expect(table.stdout).toMatch(/Signif\. codes/);
    const csv = runCli([...args, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('term,estimate,std_error,statistic,p_value,conf_low,conf_high,method');
    expect(csv.stdout.trim().split('\n')).toHaveLength(2 * v.p + 2); // header, p terms, one contrast, p least-squares rows
  });

  it('writes --out atomically and nothing to stdout', () => {
    const dir = tempDir();
    const out = join(dir, 'result.json');
    const run = runCli([...vectorFiles(v, dir), '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).p).toBe(v.p);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('centers y and the columns by default and says so', () => {
    const dir = tempDir();
    const args = vectorFiles(v, dir).filter((a) => a !== '--no-center');
    const out = JSON.parse(runCli(args).stdout);
    expect(out.centered).toBe(true);
  });
});

describe('rfci fit rejects bad input with one line and no output file', () => {
  const v = loadFixture<FitVector>('fit-primal-relu.json');
  const dir = tempDir();
  const base = vectorFiles(v, dir);
  const set = (flag: string, value: string) => {
    const args = [...base];
    const k = args.indexOf(flag);
    if (k >= 0) args[k + 1] = value;
    else args.push(flag, value);
    return args;
  };
  const bad = writeCsv(dir, 'bad.csv', [['1', '2', 'y'], ['1', 'abc', '3'], ['4', '5', '6']]);
  const ragged = writeCsv(dir, 'ragged.csv', [['a', 'b', 'y'], ['1', '2', '3'], ['4', '5']]);
  const empty = writeCsv(dir, 'empty.csv', []);
  const notSpd = writeCsv(dir, 'notspd.csv', Array.from({ length: v.p }, () => Array.from({ length: v.p }, () => 1)));
  const narrowW = writeCsv(dir, 'W3.csv', [[1, 2, 3]]);
  const cases: Array<[string, string[], RegExp]> = [
    ['non-numeric cell', set('--data', bad), /row 2, column "2".*"abc"/],
    ['ragged row', set('--data', ragged), /row 3 has 2 cells/],
    ['empty file', set('--data', empty), /empty/],
    ['missing file', set('--data', join(dir, 'nope.csv')), /file not found/],
    ['unknown response', set('--response', 'zz'), /response "zz" is not a column/],
    ['unknown column', [...base, '--columns', 'x1,qq'], /column "qq" is not a column/],
    ['W of the wrong width', set('--weights', narrowW), /W has 3 columns but the data have p = 8/],
    ['precision not p×p', [...base, '--covariance', `precision:${narrowW}`], /precision matrix is 1×3.*p×p/],
    ['precision not positive definite', [...base, '--covariance', `precision:${notSpd}`], /not positive definite/],
    ['negative lambda', set('--lambda', '-1'), /lambda must be a finite number ≥ 0/],
    ['lambda not a number', set('--lambda', 'abc'), /--lambda expects a number/],
    ['level outside (0,1)', set('--level', '1.5'), /level must be strictly between 0 and 1/],
    ['unknown activation', set('--activation', 'swish2'), /unknown activation "swish2"/],
    ['width 0', [...base.filter((a, i) => a !== '--weights' && base[i - 1] !== '--weights'), '--width', '0'], /--width expects a whole number ≥ 1/],
    ['unknown flag', [...base, '--lamda', '1'], /unknown option '--lamda'/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const out = join(dir, `out-${Math.random()}.json`);
    const run = runCli([...args, '--out', out]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(message);
    expect(lines.filter((l) => !l.startsWith('(Did you mean'))).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('λ = 0 with singular features', () => {
    const data = writeCsv(dir, 'collinear.csv', Array.from({ length: 10 }, (_, i) => [i, 2 * i, i % 3]), ['a', 'b', 'y']);
    const run = runCli(['fit', '--data', data, '--response', 'y', '--width', '5', '--lambda', '0', '--activation', 'linear']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/lambda = 0 but .* singular/);
  });

  it('d = n with λ → 0 uses the dual form, where n − df = nλ tr K⁻¹ stays accurate, and agrees with λ = 0', () => {
    const data = writeCsv(dir, 'tiny.csv', Array.from({ length: 6 }, (_, i) => [Math.sin(i), Math.cos(3 * i), i]), ['a', 'b', 'y']);
    const fit = (lambda: string, covariance = 'identity') =>
      runCli(['fit', '--data', data, '--response', 'y', '--width', '6', '--lambda', lambda, '--covariance', covariance, '--json']);
    expect(fit('0', 'unknown').stderr).toMatch(/unknown covariance \(METHOD §3\) needs a fit that does not interpolate/);
    const tiny = fit('1e-300'), zero = fit('0');
    expect(tiny.status).toBe(0);
    const [a, b] = [JSON.parse(tiny.stdout), JSON.parse(zero.stdout)];
    expect(a.form).toBe('dual');
    expect(a.residualDf).toBeGreaterThan(0);
    expectClose(a.coefficients.map((c: { estimate: number }) => c.estimate), b.coefficients.map((c: { estimate: number }) => c.estimate), 1e-10);
  });
});

describe('rfci demo', () => {
  it('prints the coefficient table with the true β and the number covered', () => {
    const run = runCli(['demo']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/x20/);
    expect(run.stdout).toMatch(/(\d+) of 20 intervals cover the true β/);
  });
});
