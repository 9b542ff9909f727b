import { describe, expect, it } from 'vitest';
import { DimensionError, NumericalError, createGenerator } from '../../src/index.js';
import { adjustPValues, simultaneousLevel } from '../../src/inference/multiplicity.js';
import { ordinaryLeastSquares } from '../../src/inference/ols.js';
import { chiSquareUpperTail, studentTQuantile, twoSidedTPValue } from '../../src/special/studentT.js';
import { expectClose } from '../helpers/vectors.js';

function data(n: number, p: number, seed: number): { X: number[][]; y: number[] } {
  const rng = createGenerator(seed, 'ols-test');
  const X = Array.from({ length: n }, () => Array.from({ length: p }, () => rng.normal()));
  const y = X.map((r) => r.reduce((s, v, j) => s + (j + 1) * v, 0) + 0.5 * rng.normal());
  return { X, y };
}

describe('ordinary least squares matches closed-form OLS', () => {
  const { X, y } = data(50, 4, 1);
  const ols = ordinaryLeastSquares(X, y, { level: 0.9 });
  // Independent reference: modified Gram–Schmidt QR, β = R⁻¹Qᵀy, (XᵀX)⁻¹ = R⁻¹R⁻ᵀ.
  const p = 4;
  const Q = X.map((r) => r.slice());
  const Rm = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < j; k++) {
      const r = Q.reduce((s, row) => s + row[k]! * row[j]!, 0);
      Rm[k]![j] = r;
      for (const row of Q) row[j]! -= r * row[k]!;
    }
    const norm = Math.sqrt(Q.reduce((s, row) => s + row[j]! ** 2, 0));
    Rm[j]![j] = norm;
    for (const row of Q) row[j]! /= norm;
  }
  const backSolve = (b: number[]): number[] => {
    const x = new Array<number>(p).fill(0);
    for (let i = p - 1; i >= 0; i--) x[i] = (b[i]! - Rm[i]!.reduce((s, r, k) => s + (k > i ? r * x[k]! : 0), 0)) / Rm[i]![i]!;
    return x;
  };
  const beta = backSolve(Array.from({ length: p }, (_, j) => Q.reduce((s, row, i) => s + row[j]! * y[i]!, 0)));
  const Rinv = Array.from({ length: p }, (_, j) => backSolve(Array.from({ length: p }, (_, i) => (i === j ? 1 : 0)))); // Rinv[j] = R⁻¹e_j
  const Gjj = (j: number) => Rinv.reduce((s, col) => s + col[j]! ** 2, 0); // (R⁻¹R⁻ᵀ)_jj = Σ_k (R⁻¹)_jk²
  const resid = y.map((v, i) => v - X[i]!.reduce((s, x, j) => s + x * beta[j]!, 0));
  const sigma = Math.sqrt(resid.reduce((s, r) => s + r * r, 0) / (50 - 4));

  it('estimates, σ̂, standard errors and t intervals to 1e-10', () => {
    expectClose(ols.beta, beta, 1e-10);
    expectClose(ols.sigma, sigma, 1e-10);
    expect(ols.residualDf).toBe(46);
    const se = beta.map((_, j) => sigma * Math.sqrt(Gjj(j)));
    expectClose(ols.coefficients.map((c) => c.stdError), se, 1e-10);
    const q = studentTQuantile(0.95, 46);
    expectClose(ols.coefficients.map((c) => c.lower), beta.map((b, j) => b - q * se[j]!), 1e-10);
    expectClose(ols.coefficients.map((c) => c.upper), beta.map((b, j) => b + q * se[j]!), 1e-10);
  });

  it('uses n − p − 1 residual degrees of freedom after centering', () => {
    const centered = ordinaryLeastSquares(X, y, { centered: true });
    expect(centered.residualDf).toBe(45);
    expectClose(centered.sigma, sigma * Math.sqrt(46 / 45), 1e-12);
  });

  it('rejects p ≥ n and collinear columns by name', () => {
    expect(() => ordinaryLeastSquares(X.slice(0, 4), y.slice(0, 4))).toThrow(DimensionError);
    const Xc = X.map((r) => [...r, r[0]! + r[2]!]);
    expect(() => ordinaryLeastSquares(Xc, y, { terms: ['a', 'b', 'c', 'd', 'e'] })).toThrow(NumericalError);
    expect(() => ordinaryLeastSquares(Xc, y, { terms: ['a', 'b', 'c', 'd', 'e'] })).toThrow(/columns (?=.*a)(?=.*c)(?=.*e).*collinear/);
  });
});

describe('Student t and chi-square tails', () => {
  it('match tabulated values', () => {
    expectClose(studentTQuantile(0.975, 10), 2.228138851986274, 1e-9);
    expectClose(twoSidedTPValue(2.228138851986274, 10), 0.05, 1e-9);
    expectClose(twoSidedTPValue(-1.959963984540054, 1e7), 0.05, 1e-5);
    expectClose(twoSidedTPValue(6.35, 386), 6.056216594157359e-10, 1e-9); // far tail keeps relative precision (scipy)
    expectClose(twoSidedTPValue(30, 5), 7.718648620496053e-7, 1e-9);
    expectClose(chiSquareUpperTail(3.841458820694124, 1), 0.05, 1e-9);
    expectClose(chiSquareUpperTail(18.307038053275146, 10), 0.05, 1e-9);
  });
});

describe('multiplicity', () => {
  const p = [0.01, 0.04, 0.03, 0.005, 0.2];
  it('matches R p.adjust', () => {
    expectClose(adjustPValues(p, 'bonferroni'), [0.05, 0.2, 0.15, 0.025, 1], 1e-12);
    expectClose(adjustPValues(p, 'holm'), [0.04, 0.09, 0.09, 0.025, 0.2], 1e-12);
    expectClose(adjustPValues(p, 'bh'), [0.025, 0.05, 0.05, 0.025, 0.2], 1e-12);
  });
  it('Bonferroni-simultaneous level', () => {
    expectClose(simultaneousLevel(0.95, 5), 0.99, 1e-14);
  });
});
