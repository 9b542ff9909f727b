import { describe, expect, it } from 'vitest';
import { estimateFitMemory } from '../../src/estimator/memory.js';
import { getActivation } from '../../src/activations/registry.js';
import { gcvLambda } from '../../src/estimator/gcv.js';
import { featureMaps } from '../../src/features/featureMap.js';
import { randomFeaturesInference } from '../../src/inference/inferCoefficients.js';
import { fromRows } from '../../src/linalg/index.js';
import { runCli, tempDir, writeCsv } from '../helpers/cli.js';
import { type FitVector, expectClose, loadFixture } from '../helpers/vectors.js';

describe('rfci fit --lambda gcv', () => {
  const v = loadFixture<FitVector>('fit-primal-relu.json');
  const dir = tempDir();
  const header = [...v.X[0]!.map((_, j) => `x${j + 1}`), 'y'];
  const data = writeCsv(dir, 'data.csv', v.X.map((row, i) => [...row, v.y[i]!]), header);
  const W = writeCsv(dir, 'W.csv', v.W);
  const common = ['fit', '--data', data, '--response', 'y', '--weights', W, '--activation', v.activation, '--covariance', 'identity', '--no-center'];
  const args = [...common, '--lambda', 'gcv'];

  it('counts the GCV eigendecomposition in the memory guard', () => {
    const shape = { n: v.X.length, p: v.X[0]!.length, d: v.W.length };
    const limit = Math.round((estimateFitMemory(shape).bytes + estimateFitMemory({ ...shape, method: 'gcv' }).bytes) / 2);
    expect(runCli([...common, '--lambda', '0.01', '--max-memory', String(limit), '--json']).status).toBe(0);
    const refused = runCli([...args, '--max-memory', String(limit)]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/more than --max-memory/);
    // rfci calibrate reads its flags through the same first-layer choice
    const calibrate = runCli(['calibrate', ...args.slice(1), '--max-memory', String(limit)]);
    expect(calibrate.status).toBe(2);
    expect(calibrate.stderr).toMatch(/more than --max-memory/);
  });

  it('reports the chosen λ (the library GCV choice) and lambdaSelection "gcv" in the JSON contract', () => {
    const run = runCli([...args, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const phi = featureMaps(fromRows(v.X), fromRows(v.W), getActivation(v.activation)).phi;
    const chosen = gcvLambda(phi, v.y).lambda;
    expect(out.lambdaSelection).toBe('gcv');
    expectClose(out.lambda, chosen, 1e-12);
    const direct = randomFeaturesInference(v.X, v.y, { activation: v.activation, weights: v.W, lambda: chosen });
    expectClose(out.coefficients.map((c: { stdError: number }) => c.stdError), direct.coefficients.map((c) => c.stdError), 1e-10);
  });
  it('says so in the summary, and a fixed λ says "fixed" in JSON', () => {
    expect(runCli(args).stdout).toMatch(/chosen by GCV \(shortest interval\)/);
    const fixed = JSON.parse(runCli([...common, '--lambda', '0.01', '--json']).stdout);
    expect(fixed).toMatchObject({ lambda: 0.01, lambdaSelection: 'fixed' });
  });
  it('rejects another word with one line naming the flag', () => {
    const run = runCli([...common, '--lambda', 'cv']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/^rfci: error: .*--lambda expects a number, got "cv" \(a finite number ≥ 0, or gcv\)$/);
  });
});
