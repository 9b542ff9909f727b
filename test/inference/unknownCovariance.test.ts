import { describe, expect, it } from 'vitest';
import {
  DimensionError,
  NumericalError,
  RandomFeaturesRegression,
  choleskySolve,
  cholesky,
  createGenerator,
  fromRows,
  inferCoefficients,
  matmul,
  matmulTransB,
  transpose,
} from '../../src/index.js';
import { type FitVector, expectClose, expectCoefficients, loadFixture } from '../helpers/vectors.js';

const v = loadFixture<FitVector>('fit-unknown-cov-relu.json');
const fitted = new RandomFeaturesRegression({ activation: v.activation, lambda: v.lambda, weights: v.W }).fit(v.X, v.y);

describe('unknown covariance (METHOD §3) reproduces fit-unknown-cov-relu.json', () => {
  const r = inferCoefficients(fitted, { covariance: 'unknown', level: v.level });
  it('estimates, standard errors, intervals and p-values to 1e-8', () => {
    expect(r.covariance).toBe('unknown');
    expectCoefficients(r.coefficients, v.expected);
    expectClose(r.df, v.expected.df);
    expectClose(r.residualNorm, v.expected.residualNorm);
  });

  it('gives the same numbers in the dual form', () => {
    const dual = new RandomFeaturesRegression({ activation: v.activation, lambda: v.lambda, weights: v.W, form: 'dual' }).fit(v.X, v.y);
    const rd = inferCoefficients(dual, { covariance: 'unknown' });
    expectClose(rd.coefficients.map((c) => c.estimate), v.expected.estimate, 1e-8);
    expectClose(rd.coefficients.map((c) => c.stdError), v.expected.stdError, 1e-8);
  });
});

describe('unknown-covariance contrasts', () => {
  it('a unit contrast e_j reproduces coordinate j', () => {
    const a = Array.from({ length: v.p }, (_, j) => (j === 3 ? 1 : 0));
    const r = inferCoefficients(fitted, { covariance: 'unknown', contrasts: [a] });
    const c = r.contrasts![0]!, j = r.coefficients[3]!;
    expectClose([c.estimate, c.stdError, c.lower, c.upper], [j.estimate, j.stdError, j.lower, j.upper], 1e-12);
  });

  it('equals coordinate 1 after the change of basis x′ = Lx, W′ = WL⁻¹ with L⁻¹e₁ = a', () => {
    const rng = createGenerator(3, 'contrast-test');
    const a = Array.from({ length: v.p }, () => rng.normal());
    const r = inferCoefficients(fitted, { covariance: 'unknown', contrasts: [a] });
    // L⁻¹ = [a, e_2, …, e_p] (a_1 ≠ 0), so L = (L⁻¹)⁻¹ and X′ = X Lᵀ.
    const Linv = fromRows(Array.from({ length: v.p }, (_, i) => Array.from({ length: v.p }, (_, j) => (j === 0 ? a[i]! : i === j ? 1 : 0))));
    const LinvT = transpose(Linv);
    // L = Linv⁻¹ via a solve on the SPD normal equations (LinvᵀLinv) L = Linvᵀ.
    const L = choleskySolve(cholesky(matmul(LinvT, Linv)).L, LinvT);
    const X2 = matmulTransB(fromRows(v.X), L);
    const W2 = matmul(fromRows(v.W), Linv);
    const refit = new RandomFeaturesRegression({ activation: v.activation, lambda: v.lambda, weights: W2 }).fit(X2, v.y);
    expectClose(refit.alpha, fitted.alpha, 1e-8);
    const r2 = inferCoefficients(refit, { covariance: 'unknown' });
    const c = r.contrasts![0]!, first = r2.coefficients[0]!;
    expectClose([c.estimate, c.stdError], [first.estimate, first.stdError], 1e-8);
  });
});

describe('unknown covariance rejects designs where §3 is not defined', () => {
  it('p ≥ n: says to give the covariance or reduce columns', () => {
    const X = v.X.slice(0, 8), y = v.y.slice(0, 8);
    const f = new RandomFeaturesRegression({ activation: 'relu', lambda: 0.1, weights: v.W }).fit(X, y);
    expect(() => inferCoefficients(f, { covariance: 'unknown' })).toThrow(DimensionError);
    expect(() => inferCoefficients(f, { covariance: 'unknown' })).toThrow(/p = 10 ≥ n = 8.*covariance.*columns/);
  });

  it('collinear columns: names them', () => {
    const X = v.X.map((row) => [...row.slice(0, 9), row[1]! - 2 * row[4]!]);
    const terms = Array.from({ length: 10 }, (_, j) => `c${j + 1}`);
    const f = new RandomFeaturesRegression({ activation: 'relu', lambda: 0.1, weights: v.W }).fit(X, v.y);
    expect(() => inferCoefficients(f, { covariance: 'unknown', terms })).toThrow(NumericalError);
    let message = '';
    try {
      inferCoefficients(f, { covariance: 'unknown', terms });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/collinear/);
    for (const name of ['c2', 'c5', 'c10']) expect(message).toContain(name);
    expect(message).not.toMatch(/\bc1\b|c3\b/);
  });
});
