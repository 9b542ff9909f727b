import { describe, expect, it } from 'vitest';
import {
  type FilterFittedNetwork,
  type InferenceOptions,
  RandomFeaturesRegression,
  SpectralFilterRegression,
  createGenerator,
  featureSpectrum,
  inferCoefficients,
  inferencePath,
  matTvec,
  matvec,
  pathRules,
  pathWarnings,
  randomFeaturesInference,
  retrain,
} from '../../src/index.js';
import { type FitVector, KNOWN_FIT_VECTORS, expectClose, loadFixture } from '../helpers/vectors.js';

function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let scale = 0, diff = 0;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]!));
  for (let i = 0; i < b.length; i++) diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
  return diff / scale;
}

/** Small simulated data: rows N(0, I), y = Xβ + noise. */
function simulate(n: number, p: number, seed: number): { X: number[][]; y: number[] } {
  const rng = createGenerator(seed, 'test-data');
  const beta = Array.from({ length: p }, () => rng.normal() / Math.sqrt(p));
  const X = Array.from({ length: n }, () => Array.from({ length: p }, () => rng.normal()));
  const y = X.map((x) => x.reduce((s, v, j) => s + v * beta[j]!, 0) + 0.5 * rng.normal());
  return { X, y };
}

describe.each(KNOWN_FIT_VECTORS)('ridge as a spectral filter equals the ridge inference on %s (METHOD §4)', (file) => {
  const v = loadFixture<FitVector>(file);
  const options: InferenceOptions = { level: v.level, covariance: v.covariance === 'known' ? { precision: v.precision! } : 'identity' };
  const ridge = inferCoefficients(new RandomFeaturesRegression({ activation: v.activation, lambda: v.lambda, weights: v.W }).fit(v.X, v.y), options);

  it.runIf(v.lambda > 0).each(['primal', 'dual'] as const)('in the %s form: estimates, standard errors, parts, df and α to 1e-12', (form) => {
    const fit = new SpectralFilterRegression({ activation: v.activation, lambda: v.lambda, weights: v.W, training: 'ridge', form }).fit(v.X, v.y);
    const filt = inferCoefficients(fit, options);
    const col = (r: typeof ridge, k: 'estimate' | 'stdError' | 'lower' | 'upper') => r.coefficients.map((c) => c[k]);
    for (const k of ['estimate', 'stdError', 'lower', 'upper'] as const) expect(maxRelDiff(col(filt, k), col(ridge, k))).toBeLessThan(1e-12);
    expect(Math.abs(filt.df - ridge.df) / ridge.df).toBeLessThan(1e-12);
    for (const part of ['xtpsi', 'weightedGradient', 'correction'] as const) {
      expect(maxRelDiff(filt.parts![part], ridge.parts![part])).toBeLessThan(1e-11);
    }
    expectClose(fit.alpha, v.expected.alpha!, 1e-10);
    expect(filt.training).toEqual({ kind: 'ridge' });
  });

  it.runIf(v.lambda === 0)('refuses the λ = 0 interpolator and points to the ridge estimator', () => {
    expect(() => new SpectralFilterRegression({ activation: v.activation, lambda: 0, weights: v.W }).fit(v.X, v.y)).toThrow(/ridge estimator/);
  });
});

describe('gradient flow and gradient descent (METHOD §4)', () => {
  const { X, y } = simulate(60, 6, 3);
  const base = { activation: 'tanh', width: 25, seed: 4 } as const;

  it('α̂ of the filter equals explicitly iterated gradient descent on (1/2n)‖y − Φα‖² + (λ/2)‖α‖²', () => {
    const lambda = 0.01, eta = 0.3, steps = 57;
    const fit = new SpectralFilterRegression({ ...base, lambda, training: `gd:${steps}:${eta}` }).fit(X, y);
    const phi = fit.features.phi, n = fit.n;
    let alpha = new Float64Array(fit.d);
    for (let t = 0; t < steps; t++) {
      const r = matvec(phi, alpha).map((f, i) => f - fit.y[i]!);
      const grad = matTvec(phi, r).map((g, k) => g / n + lambda * alpha[k]!);
      alpha = alpha.map((a, k) => a - eta * grad[k]!);
    }
    expect(maxRelDiff(fit.alpha, alpha)).toBeLessThan(1e-12);
    expect(maxRelDiff(fit.residuals, y.map((yi, i) => yi - matvec(phi, alpha)[i]!))).toBeLessThan(1e-11);
  });

  it('gradient flow for a long time equals the λ = 0 least-squares fit (d < n)', () => {
    const ls = inferCoefficients(new RandomFeaturesRegression({ ...base, lambda: 0 }).fit(X, y));
    const fit = new SpectralFilterRegression({ ...base, lambda: 0, training: 'flow:1e9' }).fit(X, y);
    expect(fit.spectrum.values[0]! * 1e9).toBeGreaterThan(50); // e^{−t s_min} below rounding
    const flow = inferCoefficients(fit);
    expect(maxRelDiff(flow.coefficients.map((c) => c.estimate), ls.coefficients.map((c) => c.estimate))).toBeLessThan(1e-8);
    expect(maxRelDiff(flow.coefficients.map((c) => c.stdError), ls.coefficients.map((c) => c.stdError))).toBeLessThan(1e-8);
    expect(flow.df).toBeCloseTo(25, 8);
  });

  it('gradient descent with small steps approaches gradient flow at t = ηT, with error O(η)', () => {
    const t = 4;
    const flow = inferCoefficients(new SpectralFilterRegression({ ...base, lambda: 0.001, training: { kind: 'flow', time: t } }).fit(X, y));
    const errors = [0.02, 0.002].map((eta) => {
      const gd = inferCoefficients(new SpectralFilterRegression({ ...base, lambda: 0.001, training: { kind: 'gd', steps: Math.round(t / eta), stepSize: eta } }).fit(X, y));
      return maxRelDiff(gd.coefficients.map((c) => c.estimate), flow.coefficients.map((c) => c.estimate));
    });
    expect(errors[1]!).toBeLessThan(errors[0]! / 5);
    expect(errors[1]!).toBeLessThan(2e-3);
  });

  it('the §4 estimate solves the Stein identity: finite differences of ψ in x_ij match the debiasing terms', () => {
    // With y held fixed, Σ_i ∂ψ_i/∂x_ij = −(n − df)(θ̂_j − [Xᵀψ̃]_j): the gradient and correction terms of §4.
    const small = simulate(24, 3, 9);
    for (const training of ['flow:3', 'gd:40:0.2']) {
      const opts = { activation: 'softplus', width: 10, seed: 2, lambda: 0.01, training } as const;
      const fit = new SpectralFilterRegression(opts).fit(small.X, small.y);
      const est = inferCoefficients(fit);
      const h = 1e-5;
      for (let j = 0; j < 3; j++) {
        let sum = 0;
        for (let i = 0; i < 24; i++) {
          const psiAt = (delta: number): number => {
            const Xp = small.X.map((row) => row.slice());
            Xp[i]![j] += delta;
            return new SpectralFilterRegression(opts).fit(Xp, small.y).residuals[i]!;
          };
          sum += (psiAt(h) - psiAt(-h)) / (2 * h);
        }
        const debias = est.coefficients[j]!.estimate - est.parts!.xtpsi[j]!;
        expect(sum).toBeCloseTo(-fit.residualDf * debias, 6);
      }
    }
  });

  it('primal and dual forms agree, for d < n and d > n', () => {
    for (const width of [25, 90]) {
      const opts = { ...base, width, lambda: 0, training: 'flow:5' } as const;
      const primal = inferCoefficients(new SpectralFilterRegression({ ...opts, form: 'primal' }).fit(X, y));
      const dual = inferCoefficients(new SpectralFilterRegression({ ...opts, form: 'dual' }).fit(X, y));
      expect(maxRelDiff(dual.coefficients.map((c) => c.estimate), primal.coefficients.map((c) => c.estimate))).toBeLessThan(1e-10);
      expect(Math.abs(dual.df - primal.df)).toBeLessThan(1e-9);
    }
  });

  it('retrain reuses the eigendecomposition and equals a fresh fit', () => {
    const fit = new SpectralFilterRegression({ ...base, lambda: 0, training: 'flow:1' }).fit(X, y);
    const moved: FilterFittedNetwork = retrain(fit, 'gd:30:0.1', 0.01);
    expect(moved.spectrum).toBe(fit.spectrum);
    const fresh = new SpectralFilterRegression({ ...base, lambda: 0.01, training: 'gd:30:0.1' }).fit(X, y);
    expect(maxRelDiff(moved.alpha, fresh.alpha)).toBe(0);
    expect(moved.predict(X.slice(0, 3))).toEqual(fresh.predict(X.slice(0, 3)));
  });

  it('randomFeaturesInference accepts the training option; df grows with training time', () => {
    const dfs = ['flow:0.1', 'flow:1', 'flow:10'].map((training) => randomFeaturesInference(X, y, { ...base, lambda: 0, training }).df);
    expect(dfs[0]!).toBeLessThan(dfs[1]!);
    expect(dfs[1]!).toBeLessThan(dfs[2]!);
    const r = randomFeaturesInference(X, y, { ...base, lambda: 0, training: 'gd:10:0.1' });
    expect(r.training).toEqual({ kind: 'gd', steps: 10, stepSize: 0.1 });
  });

  it('refuses ridge at λ = 0 on rank-deficient features (an exactly zero feature) and an unknown spectral form', () => {
    const W = [[1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0.5, 0.5, 0, 0, 0, 0]]; // the second unit is 0 on every row
    expect(() => new SpectralFilterRegression({ weights: W, activation: 'tanh', lambda: 0, training: 'ridge', form: 'primal' }).fit(X, y)).toThrow(
      /lambda = 0 but ΦᵀΦ is singular .*use a positive --lambda/,
    );
    const phi = new SpectralFilterRegression({ ...base, lambda: 0.01 }).fit(X, y).features.phi;
    expect(() => featureSpectrum(phi, Float64Array.from(y), 'both' as never)).toThrow(/spectral form must be "auto", "primal" or "dual", got "both"/);
  });

  it('rejects a divergent step size with the largest stable one', () => {
    expect(() => new SpectralFilterRegression({ ...base, training: 'gd:10:100' }).fit(X, y)).toThrow(/ETA < 2\/\(s_max\+λ\) = /);
  });
});

describe('inferencePath', () => {
  const { X, y } = simulate(40, 3, 21);

  it('reuses one eigendecomposition and finds the shortest intervals', () => {
    const fit = new SpectralFilterRegression({ width: 20, lambda: 0, training: 'flow:0', seed: 3 }).fit(X, y);
    const path = inferencePath(fit, pathRules('flow', [0.5, 5, 50, 500]));
    expect(path.points.map((pt) => pt.time)).toEqual([0.5, 5, 50, 500]);
    const norms = path.points.map((pt) => pt.scaledResidualNorm);
    expect(path.shortest).toBe(norms.indexOf(Math.min(...norms)));
    const direct = inferCoefficients(retrain(fit, 'flow:50'));
    expect(path.points[2]!.coefficients).toEqual(direct.coefficients);
    expect(path.points[2]!.df).toBe(direct.df);
  });

  it('names the training time at which inference breaks down (ridgeless flow with d > n interpolates as t → ∞)', () => {
    const fit = new SpectralFilterRegression({ width: 80, lambda: 0, training: 'flow:0', seed: 3 }).fit(X, y);
    expect(fit.form).toBe('dual');
    expect(() => inferencePath(fit, pathRules('flow', [1, 1e15]))).toThrow(/^at gradient flow from α = 0 for time t = 1000000000000000: n − df = .* interpolates/);
  });

  it('needs at least one point', () => {
    const fit = new SpectralFilterRegression({ width: 20, lambda: 0, training: 'flow:1', seed: 3 }).fit(X, y);
    expect(() => inferencePath(fit, [])).toThrow(/a training path needs at least one point/);
  });

  it('needs a step size for gradient descent', () => {
    expect(() => pathRules('gd', [1, 10])).toThrow(/step size must be a finite number > 0/);
  });
});

describe('covariance for filter fits', () => {
  const { X, y } = simulate(40, 3, 8);
  const fit = new SpectralFilterRegression({ width: 15, lambda: 0, training: 'flow:2', seed: 1 }).fit(X, y);

  it('refuses unknown covariance (METHOD §3 is for ridge) with a message naming the fix', () => {
    expect(() => inferCoefficients(fit, { covariance: 'unknown' })).toThrow(/ridge estimator only; for gradient flow or descent give the covariance/);
  });

  it('known covariance: a precision matrix and the matching covariance matrix give the same intervals, Ω scales se by √Ω_jj', () => {
    const Sigma = [
      [1, 0.5, 0.25],
      [0.5, 1, 0.5],
      [0.25, 0.5, 1],
    ];
    const Omega = [
      [4 / 3, -2 / 3, 0],
      [-2 / 3, 5 / 3, -2 / 3],
      [0, -2 / 3, 4 / 3],
    ];
    const a = inferCoefficients(fit, { covariance: { covariance: Sigma } });
    const b = inferCoefficients(fit, { covariance: { precision: Omega } });
    const id = inferCoefficients(fit);
    a.coefficients.forEach((c, j) => {
      expect(c.estimate).toBeCloseTo(b.coefficients[j]!.estimate, 12);
      expect(c.stdError).toBeCloseTo(id.coefficients[j]!.stdError * Math.sqrt(Omega[j]![j]!), 12);
    });
  });
});

describe('warnings for filter fits', () => {
  it('warn when n − df is a small fraction of n (near interpolation), naming the training times', () => {
    const { X, y } = simulate(40, 3, 5);
    const fit = new SpectralFilterRegression({ width: 60, lambda: 0, training: 'flow:0', seed: 2 }).fit(X, y);
    const late = 2 / fit.spectrum.values[0]!; // n − df ≈ Σ_k e^{−t s_k} < 2
    const path = inferencePath(fit, pathRules('flow', [0.1, late]));
    expect(path.points[0]!.warnings.some((w) => /n − df/.test(w))).toBe(false);
    expect(path.points[1]!.residualDf).toBeLessThan(0.05 * 40);
    const ws = pathWarnings(path);
    expect(ws.some((w) => w.startsWith('n − df = ') && w.endsWith(`(at t = ${late})`))).toBe(true);
    expect(ws.filter((w) => /^n = 40 is small/.test(w))).toHaveLength(1);
  });
});
