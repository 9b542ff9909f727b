import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeCsv } from '../helpers/cli.js';
import { type PredictVector, PREDICTION_KEYS, expectClose, loadFixture } from '../helpers/vectors.js';

const KEYS = PREDICTION_KEYS;

function contractArgs(c: PredictVector, dir: string): string[] {
  const args = ['predict', '--activation', c.activation, '--n', String(c.n), '--p', String(c.p), '--d', String(c.d)];
  args.push('--lambda', String(c.lambda), '--noise-variance', String(c.noiseVariance), '--signal', String(c.signalStrength), '--level', String(c.level));
  if (c.W) args.push('--weights', writeCsv(dir, 'W.csv', c.W));
  return [...args, '--json'];
}

describe('rfci predict reproduces predict.json through the contract flags', () => {
  const cases = loadFixture<PredictVector[]>('predict.json');
  it.each(cases.map((c, i) => [`${i}: ${c.activation} d=${c.d} λ=${c.lambda} ${c.spectrum}`, c] as const))('%s', (_, c) => {
    const run = runCli(contractArgs(c, tempDir()));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ activation: c.activation, n: c.n, p: c.p, d: c.d, lambda: c.lambda, level: c.level, spectrum: c.spectrum });
    expect(out.noiseVariance).toBe(c.noiseVariance);
    expect(out.signal).toBe(c.signalStrength);
    expectClose(KEYS.map((k) => out[k]), KEYS.map((k) => c.expected[k]), 1e-6, 1e-3);
  });
});

describe('rfci predict output and errors', () => {
  it('prints a readable report by default and writes --out atomically', () => {
    const run = runCli(['predict', '--n', '400', '--p', '200', '--d', '300', '--lambda', '0.001', '--signal', '4']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Predicted confidence-interval length/);
    expect(run.stdout).toMatch(/√n · se\s+2\.818/);
    expect(run.stdout).toMatch(/Marchenko–Pastur law of ratio d\/p = 1\.5/);
    const out = join(tempDir(), 'pred.json');
    expect(runCli(['predict', '--n', '400', '--p', '200', '--d', '300', '--json', '--out', out]).stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).spectrum).toBe('marchenko-pastur');
  });
  it.each([
    ['no sizes', ['predict', '--n', '400'], /give --p and --d/],
    ['the interpolation threshold at λ = 0', ['predict', '--n', '400', '--p', '200', '--d', '400', '--lambda', '0'], /infinite.*interpolation threshold/],
    ['W of the wrong shape', ['predict', '--n', '40', '--p', '7', '--weights', 'W'], /p = 7 but W has 3 columns/],
    ['bad activation', ['predict', '--n', '40', '--p', '7', '--d', '3', '--activation', 'nope'], /unknown activation "nope"/],
    ['negative noise', ['predict', '--n', '40', '--p', '7', '--d', '3', '--noise-variance', '-1'], /noise variance must be finite and ≥ 0/],
  ])('rejects %s with one line', (_, args, message) => {
    const dir = tempDir();
    const W = writeCsv(dir, 'W.csv', [[1, 0, 0], [0, 1, 0]]);
    const run = runCli(args.map((a) => (a === 'W' ? W : a)));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });
});
