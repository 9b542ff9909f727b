import { describe, expect, it } from 'vitest';
import { RandomFeaturesRegression, createGenerator, inferCoefficients, matrix, matvec, type Matrix } from '../../src/index.js';
import { expectClose } from '../helpers/vectors.js';

function simulate(n: number, p: number, seed: number): { X: Matrix; y: Float64Array } {
  const rng = createGenerator(seed, 'test-data');
  const X = matrix(n, p);
  rng.fillNormal(X.data);
  const beta = new Float64Array(p).map(() => rng.normal() / Math.sqrt(p));
  const y = matvec(X, beta).map((v) => v + rng.normal());
  return { X, y };
}

function infer(X: Matrix, y: Float64Array, options: ConstructorParameters<typeof RandomFeaturesRegression>[0]) {
  const fitted = new RandomFeaturesRegression(options).fit(X, y);
  return { fitted, result: inferCoefficients(fitted) };
}

describe('ridge estimator (METHOD §1–2)', () => {
  const { X, y } = simulate(60, 8, 3);

  it.each([
    ['d < n', 30],
    ['d = n', 60],
    ['d > n', 110],
  ])('primal and dual agree to 1e-10 (%s)', (_label, width) => {
    const opts = { width, lambda: 0.05, activation: 'tanh', seed: 4 } as const;
    const a = infer(X, y, { ...opts, form: 'primal' });
    const b = infer(X, y, { ...opts, form: 'dual' });
    expect(a.fitted.form).toBe('primal');
    expect(b.fitted.form).toBe('dual');
    expectClose(a.fitted.alpha, b.fitted.alpha, 1e-10, 1e-8);
    expectClose(a.fitted.leverages, b.fitted.leverages, 1e-10);
    expectClose(a.result.df, b.result.df, 1e-10);
    expectClose(a.result.coefficients.map((c) => c.estimate), b.result.coefficients.map((c) => c.estimate), 1e-10, 1e-6);
    expectClose(a.result.coefficients.map((c) => c.stdError), b.result.coefficients.map((c) => c.stdError), 1e-10);
  });

  it('chooses primal for d < n and dual for d > n and for the interpolating d = n, λ = 0', () => {
    expect(infer(X, y, { width: 30, lambda: 0.01 }).fitted.form).toBe('primal');
    expect(infer(X, y, { width: 90, lambda: 0.01 }).fitted.form).toBe('dual');
    expect(infer(X, y, { width: 60, lambda: 0, activation: 'tanh' }).fitted.form).toBe('dual');
  });

  it.each([
    ['overparameterized (dual, d > n)', 150],
    ['underparameterized (primal, d < n)', 25],
  ])('λ → 0 is continuous into the ridgeless fit, %s', (_label, width) => {
    const at = (lambda: number) => infer(X, y, { width, lambda, activation: 'erf', seed: 9 }).result;
    const r0 = at(0);
    const e0 = r0.coefficients.map((c) => c.estimate);
    const s0 = r0.coefficients.map((c) => c.stdError);
    let prevErr = Infinity;
    for (const lambda of [1e-6, 1e-8, 1e-10]) {
      const r = at(lambda);
      const err = Math.max(...r.coefficients.map((c, j) => Math.abs(c.estimate - e0[j]!) + Math.abs(c.stdError - s0[j]!)));
      expect(err).toBeLessThan(prevErr + 1e-9);
      prevErr = err;
    }
    expect(prevErr).toBeLessThan(1e-5);
  });

  it('ridgeless overparameterized fit interpolates: ψ = 0, df = n', () => {
    const { fitted, result } = infer(X, y, { width: 150, lambda: 0, activation: 'erf' });
    expect(result.residualNorm).toBe(0);
    expect(result.df).toBe(60);
    expectClose(fitted.fitted, y, 1e-8, 1);
  });

  it('gradient(x) matches central finite differences of predict', () => {
    const { fitted } = infer(X, y, { width: 40, lambda: 0.01, activation: 'gelu', seed: 2 });
    const x = Array.from({ length: 8 }, (_, j) => Math.sin(j + 1));
    const g = fitted.gradient(x);
    const h = 1e-5;
    const fd = x.map((_, j) => {
      const plus = [...x], minus = [...x];
      plus[j]! += h;
      minus[j]! -= h;
      return (fitted.predict([plus])[0]! - fitted.predict([minus])[0]!) / (2 * h);
    });
    expectClose(g, fd, 1e-7, 1e-3);
  });

  it('predict on the training data returns the fitted values', () => {
    const { fitted } = infer(X, y, { width: 40, lambda: 0.01, activation: 'softplus' });
    expectClose(fitted.predict(X), fitted.fitted, 1e-12, 1e-6);
  });

  it.each([2.5, -3])('scaling y by c scales estimates by c and standard errors by |c| (c = %s)', (c) => {
    const a = infer(X, y, { width: 50, lambda: 0.02, seed: 5 }).result;
    const b = infer(X, y.map((v) => c * v), { width: 50, lambda: 0.02, seed: 5 }).result;
    expectClose(b.coefficients.map((r) => r.estimate), a.coefficients.map((r) => c * r.estimate), 1e-10, 1e-6);
    expectClose(b.coefficients.map((r) => r.stdError), a.coefficients.map((r) => Math.abs(c) * r.stdError), 1e-10);
    expectClose(b.coefficients.map((r) => r.pValue), a.coefficients.map((r) => r.pValue), 1e-8, 1e-12);
  });

  it('hat-matrix identities: fitted = y − ψ, 0 ≤ h_i < 1, df = Σ h_i', () => {
    const { fitted } = infer(X, y, { width: 45, lambda: 0.03, activation: 'sigmoid' });
    const sum = fitted.leverages.reduce((s, h) => s + h, 0);
    expectClose(sum, fitted.df, 1e-12);
    for (const h of fitted.leverages) expect(h >= 0 && h < 1).toBe(true);
    expectClose(fitted.fitted.map((f, i) => f + fitted.residuals[i]!), y, 1e-12, 1);
  });

  it('covariance as a precision matrix or as a covariance matrix gives the same intervals', () => {
    const p = 8;
    const Sigma = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => 0.5 ** Math.abs(i - j)));
    const fitted = new RandomFeaturesRegression({ width: 30, lambda: 0.05 }).fit(X, y);
    const viaSigma = inferCoefficients(fitted, { covariance: { covariance: Sigma } });
    // AR(1) precision in closed form: tridiagonal
    const r = 0.5, s = 1 / (1 - r * r);
    const Omega = Array.from({ length: p }, (_, i) =>
      Array.from({ length: p }, (_, j) => (i === j ? (i === 0 || i === p - 1 ? s : (1 + r * r) * s) : Math.abs(i - j) === 1 ? -r * s : 0)),
    );
    const viaOmega = inferCoefficients(fitted, { covariance: { precision: Omega }, contrasts: [[1, -1, 0, 0, 0, 0, 0, 2]] });
    const viaSigmaC = inferCoefficients(fitted, { covariance: { covariance: Sigma }, contrasts: [[1, -1, 0, 0, 0, 0, 0, 2]] });
    expectClose(viaSigma.coefficients.map((c) => c.estimate), viaOmega.coefficients.map((c) => c.estimate), 1e-10, 1e-6);
    expectClose(viaSigma.coefficients.map((c) => c.stdError), viaOmega.coefficients.map((c) => c.stdError), 1e-10);
    expectClose(viaSigmaC.contrasts![0]!.stdError, viaOmega.contrasts![0]!.stdError, 1e-10);
  });

  it('contrasts are linear in a', () => {
    const fitted = new RandomFeaturesRegression({ width: 30, lambda: 0.05 }).fit(X, y);
    const e1 = [1, 0, 0, 0, 0, 0, 0, 0];
    const r = inferCoefficients(fitted, { contrasts: [e1, [0, 2, 0, 0, 0, 0, 0, 0], [3, -2, 0, 0, 0, 0, 0, 0]] });
    const [a, b, c] = r.contrasts!;
    expectClose(a!.estimate, r.coefficients[0]!.estimate, 1e-14);
    expectClose(a!.stdError, r.coefficients[0]!.stdError, 1e-14);
    expectClose(c!.estimate, 3 * a!.estimate - b!.estimate, 1e-12, 1e-6);
  });

  it('rejects λ = 0 when the features are rank deficient', () => {
    const Xs = matrix(20, 2);
    for (let i = 0; i < 20; i++) {
      Xs.data[2 * i] = i;
      Xs.data[2 * i + 1] = 2 * i;
    }
    expect(() => new RandomFeaturesRegression({ width: 5, lambda: 0, activation: 'linear' }).fit(Xs, new Float64Array(20).fill(1))).toThrow(/lambda = 0 but .* singular/);
  });
});
