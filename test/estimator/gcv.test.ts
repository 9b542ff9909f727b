import { describe, expect, it } from 'vitest';
import { getActivation } from '../../src/activations/registry.js';
import { gcvLambda, ridgePath } from '../../src/estimator/gcv.js';
import { RandomFeaturesRegression } from '../../src/estimator/network.js';
import { chooseForm, ridgeGram, solveRidge } from '../../src/estimator/ridge.js';
import { drawFirstLayer } from '../../src/features/firstLayer.js';
import { featureMaps } from '../../src/features/featureMap.js';
import { randomFeaturesInference } from '../../src/inference/inferCoefficients.js';
import { gram, matrix, matvec, norm2 } from '../../src/linalg/index.js';
import { createGenerator } from '../../src/random/generator.js';
import { inferenceJson } from '../../src/report/tidy.js';
import { expectClose } from '../helpers/vectors.js';

function problem(n: number, p: number, d: number, seed: number) {
  const rng = createGenerator(seed, 'gcv-test');
  const X = matrix(n, p);
  rng.fillNormal(X.data);
  const beta = rng.fillNormal(new Float64Array(p), 1 / Math.sqrt(p));
  const y = matvec(X, beta).map((v) => v + 0.5 * rng.normal());
  const W = drawFirstLayer({ width: d, inputDimension: p, seed });
  return { X, y, W, phi: featureMaps(X, W, getActivation('relu')).phi };
}

describe('ridgePath agrees with a direct ridge solve', () => {
  it.each([
    ['primal (d < n)', 60, 10, 30],
    ['dual (d > n)', 40, 10, 90],
    ['square (d = n)', 50, 10, 50],
  ])('%s', (_, n, p, d) => {
    const { phi, y } = problem(n, p, d, 5);
    const path = ridgePath(phi, y);
    for (const lambda of [1e-4, 1e-2, 1]) {
      const sol = solveRidge(phi, y, lambda);
      expectClose(path.df(lambda), sol.df, 1e-9);
      expectClose(path.residuals(lambda), sol.residuals, 1e-7, norm2(sol.residuals) / Math.sqrt(n));
      expectClose(path.residualNorm(lambda), norm2(sol.residuals), 1e-9);
      expectClose(path.criterion(lambda), norm2(sol.residuals) / sol.residualDf, 1e-9);
    }
    {
      // λ = 0: the least-squares fit (d < n) or the minimum-norm interpolator (d ≥ n), where ‖ψ̃‖ = ‖K⁻¹y‖/tr K⁻¹
      const sol = solveRidge(phi, y, 0);
      expectClose(path.criterion(0), norm2(sol.scaledResiduals), 1e-7);
    }
  });
});

describe('gcvLambda', () => {
  it('finds the minimiser of ‖ψ‖/(n − df): no neighbour is shorter', () => {
    const { phi, y } = problem(80, 20, 60, 2);
    const sel = gcvLambda(phi, y);
    const path = ridgePath(phi, y);
    expect(sel.boundary).toBeNull();
    expectClose(sel.criterion, path.criterion(sel.lambda), 1e-14);
    for (const f of [0.9, 0.99, 1.01, 1.1]) expect(path.criterion(sel.lambda * f)).toBeGreaterThanOrEqual(sel.criterion * (1 - 1e-12));
    expect(Math.min(...sel.grid.criterion)).toBeGreaterThanOrEqual(sel.criterion * (1 - 1e-12));
    expectClose(sel.df, path.df(sel.lambda), 1e-14);
  });
  it('chooses λ = 0 when y lies in the column space of Φ (the least-squares fit is exact)', () => {
    const { phi } = problem(60, 8, 20, 3);
    const y = matvec(phi, Float64Array.from({ length: 20 }, (_, k) => Math.sin(k)));
    const sel = gcvLambda(phi, y);
    expect(sel.boundary).toBe('zero');
    expect(sel.lambda).toBe(0);
    expect(gcvLambda(phi, y, { allowZero: false }).boundary).toBe('lower');
  });
  it('is reported by the network, the inference and the JSON contract', () => {
    const { X, y } = problem(80, 20, 60, 4);
    const fitted = new RandomFeaturesRegression({ width: 60, lambda: 'gcv', seed: 4 }).fit(X, y);
    expect(fitted.lambdaSelection).toBe('gcv');
    expect(fitted.lambda).toBe(fitted.gcv!.lambda);
    const result = randomFeaturesInference(X, y, { width: 60, lambda: 'gcv', seed: 4 });
    const json = inferenceJson(result);
    expect(json.lambda).toBe(fitted.lambda);
    expect(json.lambdaSelection).toBe('gcv');
    // the chosen λ gives an interval no longer than at the default λ = 1e-3
    const fixed = randomFeaturesInference(X, y, { width: 60, lambda: 1e-3, seed: 4 });
    expect(fixed.lambdaSelection).toBe('fixed');
    expect(result.coefficients[0]!.stdError).toBeLessThanOrEqual(fixed.coefficients[0]!.stdError);
  });
  it('rejects bad options with a typed error', () => {
    const { phi, y } = problem(30, 5, 10, 1);
    expect(() => gcvLambda(phi, y, { lower: 1, upper: 0.1 })).toThrow(/lower < upper/);
    expect(() => new RandomFeaturesRegression({ lambda: 'cv' as 'gcv' })).toThrow(/"gcv"/);
  });
});

describe('a precomputed Gram matrix', () => {
  it.each([
    ['primal', 60, 10, 30],
    ['dual', 40, 10, 90],
  ])('%s: GCV and the solve give the same bits as without it, and a forced other form still works', (_, n, p, d) => {
    const { X, y, W, phi } = problem(n, p, d, 6);
    const G = ridgeGram(phi, chooseForm(n, d));
    const copyOfG = Float64Array.from(G.data);
    expect(gcvLambda(phi, y, { gram: G })).toEqual(gcvLambda(phi, y));
    expect(G.data).toEqual(copyOfG); // the path reads the Gram matrix, does not change it
    expect(solveRidge(phi, y, 1e-2, 'auto', G).alpha).toEqual(solveRidge(phi, y, 1e-2).alpha);
    // the network shares the Gram matrix between GCV and the solve; forcing the other form does not
    const other = chooseForm(n, d) === 'primal' ? 'dual' : 'primal';
    const forced = new RandomFeaturesRegression({ weights: W, lambda: 'gcv', form: other }).fit(X, y);
    expect(forced.form).toBe(other);
    expect(forced.alpha).toEqual(solveRidge(phi, y, forced.lambda, other).alpha);
  });
  it('of the wrong size is refused', () => {
    const { phi, y } = problem(40, 5, 20, 7);
    expect(() => solveRidge(phi, y, 1e-2, 'dual', gram(phi))).toThrow(/dual Gram matrix must be 40×40/);
    expect(() => gcvLambda(phi, y, { gram: matrix(3, 3) })).toThrow(/primal Gram matrix must be 20×20/);
  });
});
