/**
 * Numerical edge cases (issue 9): each either answers correctly — checked
 * against a closed form or a limit — or refuses with a typed error that names
 * the problem. The table in docs/edge-cases.md lists them.
 */
import { describe, expect, it } from 'vitest';
import {
  type Activation,
  DimensionError,
  InvalidArgumentError,
  NumericalError,
  RandomFeaturesRegression,
  drawFirstLayer,
  fromRows,
  inferCoefficients,
  matTvec,
  matrix,
  randomFeaturesInference,
} from '../../src/index.js';
import { expectNear, randomProblem } from '../helpers/problems.js';

const est = (r: { coefficients: { estimate: number }[] }) => r.coefficients.map((c) => c.estimate);
const se = (r: { coefficients: { stdError: number }[] }) => r.coefficients.map((c) => c.stdError);

describe('width d = n (the interpolation threshold)', () => {
  const { X, y } = randomProblem(11, 30, 4);
  const weights = drawFirstLayer({ width: 30, inputDimension: 4, seed: 11 });
  const run = (lambda: number, form?: 'primal' | 'dual') => randomFeaturesInference(X, y, { weights, lambda, ...(form ? { form } : {}) });

  it('uses the dual form and is continuous as λ → 0', () => {
    const zero = run(0);
    expect(zero.form).toBe('dual');
    expect(zero.residualDf).toBe(0);
    for (const lambda of [1e-300, 1e-14]) {
      const r = run(lambda);
      expect(r.form).toBe('dual');
      expectNear(est(r), est(zero), 1e-6, Math.max(...se(zero)));
    }
  });

  it('in a forced primal form with λ → 0, refuses n − df ≤ 0 instead of dividing by rounding noise', () => {
    expect(() => run(1e-300, 'primal')).toThrow(NumericalError);
    expect(() => run(1e-300, 'primal')).toThrow(/n − df = .* is not above the rounding level .* of the primal form/);
  });
});

describe('extreme ridge penalties', () => {
  const { X, y } = randomProblem(5, 40, 3);

  it('λ = 1e12: the network vanishes and θ̂ → Xᵀy/n, se → ‖y‖/n (Ω = I)', () => {
    const r = randomFeaturesInference(X, y, { width: 20, lambda: 1e12 });
    expect(r.df).toBeLessThan(1e-9);
    expectNear(est(r), Array.from(matTvec(X, y), (v) => v / 40), 1e-9);
    const ynorm = Math.hypot(...y);
    expectNear(se(r), [ynorm / 40, ynorm / 40, ynorm / 40], 1e-9);
    expect(r.warnings.filter((w) => /condition/.test(w))).toEqual([]);
  });

  it('λ = 1e-12 agrees with λ = 0 (least squares for d < n, minimum-norm interpolation for d > n)', () => {
    for (const width of [15, 80]) {
      const a = randomFeaturesInference(X, y, { width, lambda: 1e-12 });
      const b = randomFeaturesInference(X, y, { width, lambda: 0 });
      expectNear(est(a), est(b), 1e-6, Math.max(...se(b)));
      expectNear(se(a), se(b), 1e-6);
    }
  });

  it('rank-deficient features with a tiny λ are refused, with the λ that would work', () => {
    // linear activation: Φ = XWᵀ has rank p = 3 < d = 30, so ΦᵀΦ + nλI has condition ≈ ‖Φ‖²/(nλ)
    const run = (lambda: number) => randomFeaturesInference(X, y, { activation: 'linear', width: 30, lambda });
    expect(() => run(1e-16)).toThrow(/(too ill-conditioned|could not be factorized) .* increase --lambda \(to \de-\d+ or more\)/);
    expect(() => run(0)).toThrow(/lambda = 0 but .* singular/);
    const ok = run(1e-9);
    expect(ok.coefficients).toHaveLength(3);
  });
});

describe('degenerate features', () => {
  it('relu with every pre-activation negative: Φ = 0, θ̂ = Xᵀy/n exactly, with a warning; λ = 0 is refused', () => {
    const { X, y } = randomProblem(3, 25, 2);
    X.data.forEach((v, k) => (X.data[k] = Math.abs(v) + 0.1));
    const weights = fromRows(Array.from({ length: 8 }, (_, k) => [-1 - k, -0.5]));
    const r = randomFeaturesInference(X, y, { weights, lambda: 1e-3 });
    expect(r.df).toBe(0);
    expectNear(est(r), Array.from(matTvec(X, y), (v) => v / 25), 1e-14);
    expect(r.warnings.join('\n')).toMatch(/all 8 features are zero on every row/);
    expect(() => randomFeaturesInference(X, y, { weights, lambda: 0 })).toThrow(/lambda = 0 but .* singular/);
  });

  it('constant features (a user activation φ ≡ 1) work with λ > 0 and are refused at λ = 0 when d > 1', () => {
    const one: Activation = { name: 'one', f: () => 1, df: () => 0 };
    const { X, y } = randomProblem(4, 30, 3);
    const r = randomFeaturesInference(X, y, { activation: one, width: 5, lambda: 1e-2 });
    expect(r.warnings.join('\n')).toMatch(/5 of 5 features are constant/);
    for (const c of r.coefficients) expect(Number.isFinite(c.pValue)).toBe(true);
    expect(() => randomFeaturesInference(X, y, { activation: one, width: 5, lambda: 0 })).toThrow(NumericalError);
  });

  it('a user activation that returns NaN is refused, naming the row and the unit', () => {
    const bad: Activation = { name: 'bad', f: (t) => (t > 1 ? NaN : t), df: () => 1 };
    const { X, y } = randomProblem(6, 20, 2);
    expect(() => randomFeaturesInference(X, y, { activation: bad, width: 4 })).toThrow(/feature φ\(wᵀx\) is NaN at row \d+, hidden unit \d+/);
  });
});

describe('small shapes', () => {
  it('p = 1: one coefficient, and a contrast a = (2) doubles it', () => {
    const { X, y } = randomProblem(8, 50, 1);
    const r = randomFeaturesInference(X, y, { width: 20, contrasts: [[2]] });
    expect(r.coefficients).toHaveLength(1);
    expect(r.contrasts![0]!.estimate).toBeCloseTo(2 * r.coefficients[0]!.estimate, 12);
    expect(r.contrasts![0]!.stdError).toBeCloseTo(2 * r.coefficients[0]!.stdError, 12);
  });

  it('n = 2 is the minimum and answers with a warning; n = 1 is refused', () => {
    const r = randomFeaturesInference([[0.3, -1], [-0.7, 0.4]], [1, -0.5], { width: 1 });
    expect(r.warnings.join('\n')).toMatch(/n = 2 is small/);
    expect(() => randomFeaturesInference([[0.3, -1]], [1], { width: 1 })).toThrow(DimensionError);
  });

  it('a zero contrast is refused', () => {
    const { X, y } = randomProblem(9, 20, 2);
    expect(() => randomFeaturesInference(X, y, { width: 5, contrasts: [[0, 0]] })).toThrow(InvalidArgumentError);
  });
});

describe('extreme values', () => {
  const { X, y } = randomProblem(12, 40, 3);
  const base = randomFeaturesInference(X, y, { width: 20 });

  it('y scaled to 1e150, 1e-150 and 1e-300: estimates and standard errors scale exactly (no overflow or underflow)', () => {
    for (const c of [1e150, 1e-150, 1e-300]) {
      const r = randomFeaturesInference(X, y.map((v) => v * c), { width: 20 });
      expectNear(est(r), est(base).map((v) => v * c), 1e-10);
      expectNear(se(r), se(base).map((v) => v * c), 1e-10);
      expectNear(r.coefficients.map((q) => q.pValue), base.coefficients.map((q) => q.pValue), 1e-10);
    }
  });

  it('X near 1e155 overflows ΦᵀΦ and is refused with "rescale"', () => {
    const big = matrix(40, 3, X.data.map((v) => v * 1e155));
    expect(() => randomFeaturesInference(big, y, { width: 20 })).toThrow(/overflows.*rescale the columns of X/);
  });

  it('X near 1e300 overflows the features themselves and is refused naming the row and unit', () => {
    const huge = matrix(40, 3, X.data.map((v) => v * 1e300));
    expect(() => randomFeaturesInference(huge, y, { width: 20, activation: 'softplus' })).toThrow(NumericalError);
  });

  it('X near 1e-150 or 1e150 answers, but warns that the rows do not match Σ = I', () => {
    for (const c of [1e-150, 1e150]) {
      const r = randomFeaturesInference(matrix(40, 3, X.data.map((v) => v * c)), y, { width: 20 });
      expect(r.warnings.join('\n')).toMatch(/do not look like draws with the stated covariance/);
    }
  });

  it('y ≡ 0 is refused: standard errors would be 0', () => {
    expect(() => randomFeaturesInference(X, new Float64Array(40), { width: 20 })).toThrow(/standard error of x1 is 0/);
  });
});

describe('ill-conditioned Σ', () => {
  const { X, y } = randomProblem(13, 60, 4);
  const fitted = new RandomFeaturesRegression({ width: 30 }).fit(X, y);
  const equicorrelated = (rho: number) => fromRows(Array.from({ length: 4 }, (_, i) => Array.from({ length: 4 }, (_, j) => (i === j ? 1 : rho))));

  it('a moderately conditioned Σ answers without an accuracy warning', () => {
    const r = inferCoefficients(fitted, { covariance: { covariance: equicorrelated(0.9) } });
    expect(r.warnings.filter((w) => /condition number/.test(w))).toEqual([]);
  });

  it('Σ with condition ≈ 1e12 answers with a warning on the digits lost', () => {
    const r = inferCoefficients(fitted, { covariance: { covariance: equicorrelated(1 - 1e-12) } });
    expect(r.warnings.join('\n')).toMatch(/covariance matrix Σ has condition number ≈ .*significant digits/);
  });

  it('Σ with condition ≈ 1e15 is refused, suggesting the precision matrix', () => {
    expect(() => inferCoefficients(fitted, { covariance: { covariance: equicorrelated(1 - 1e-15) } })).toThrow(
      /covariance matrix is too ill-conditioned .* give the precision matrix/,
    );
  });
});

describe('warnings in the validated regime', () => {
  it('a fit in the validated regime (n = 400, p = 200, d = 300, relu) carries no warning', () => {
    const { X, y } = randomProblem(1, 400, 200);
    expect(randomFeaturesInference(X, y, { width: 300 }).warnings).toEqual([]);
  });

  it('a fit like the demo (p/n = 0.05) is flagged as below the validated p/n', () => {
    const { X, y } = randomProblem(1, 400, 20);
    const warnings = randomFeaturesInference(X, y, { width: 300 }).warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/p\/n = 0.05 is below 0.25/);
  });

  it('p/n, d/n outside METHOD §7 and few residual degrees of freedom are flagged', () => {
    const { X, y } = randomProblem(2, 120, 80);
    const r = randomFeaturesInference(X, y, { width: 10 });
    expect(r.warnings.join('\n')).toMatch(/p\/n = 0.667 is above 0.5/);
    expect(r.warnings.join('\n')).toMatch(/d\/n = 0.0833 is outside 0.25–3/);
    const near = randomFeaturesInference(X, y, { width: 119, lambda: 1e-9 });
    expect(near.warnings.join('\n')).toMatch(/n − df = .* is small relative to n = 120/);
  });
});
