import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { hermiteCoefficients } from '../../src/theory/hermite.js';
import { effectiveRidge, optimalLambdaPrediction, predictFromSpectrum, predictIntervalLength } from '../../src/theory/predict.js';
import { marchenkoPasturSpectrum, spectrumOfWeights } from '../../src/theory/spectrum.js';
import { drawFirstLayer } from '../../src/features/firstLayer.js';
import { type PredictVector, PREDICTION_KEYS, expectClose, loadFixture } from '../helpers/vectors.js';

const cases = loadFixture<PredictVector[]>('predict.json');
const KEYS = PREDICTION_KEYS;

describe('predictIntervalLength reproduces predict.json to 1e-6', () => {
  it.each(cases.map((c, i) => [`${i}: ${c.activation} d=${c.d} λ=${c.lambda} ${c.spectrum}`, c] as const))('%s', (_, c) => {
    const pred = predictIntervalLength({
      activation: c.activation,
      n: c.n,
      p: c.p,
      d: c.d,
      lambda: c.lambda,
      noiseVariance: c.noiseVariance,
      signal: c.signalStrength,
      level: c.level,
      ...(c.W ? { weights: c.W } : {}),
    });
    expect(pred.spectrum).toBe(c.spectrum);
    expectClose(KEYS.map((k) => pred[k]), KEYS.map((k) => c.expected[k]), 1e-6, 1e-3);
  });
});

describe('Marchenko–Pastur quadrature', () => {
  it('has mass d and mean eigenvalue 1 (E s = 1), for γ below, at and above 1', () => {
    for (const [d, p] of [[100, 200], [200, 200], [199, 200], [600, 200]] as const) {
      const spec = marchenkoPasturSpectrum(d, p, 64);
      let mass = spec.zeroMass, mean = 0;
      spec.weights.forEach((w, j) => ((mass += w), (mean += w * spec.nodes[j]!)));
      expectClose(mass, d, 1e-13);
      expectClose(mean / d, 1, 1e-12);
    }
  });
  it('integrates the Stieltjes transform m(z) = ∫ dμ(s)/(s − z) to its closed form', () => {
    // γ z m² + (z − 1 + γ) m + 1 = 0, root m = 2/((1 − γ − z) + √((1 − γ − z)² − 4γz)) for z < 0
    for (const g of [0.3, 0.98, 1, 1.02, 4]) {
      for (const z of [-0.01, -0.5, -3]) {
        const spec = marchenkoPasturSpectrum(g * 100, 100, 4096);
        let m = spec.zeroMass / -z;
        spec.weights.forEach((w, j) => (m += w / (spec.nodes[j]! - z)));
        const A = 1 - g - z;
        expectClose(m / (g * 100), 2 / (A + Math.sqrt(A * A - 4 * g * z)), 1e-11);
      }
    }
  });
  it('matches the eigenvalues of a large Gaussian W (prediction for that W within 1%)', () => {
    const W = drawFirstLayer({ width: 300, inputDimension: 200, seed: 3 });
    const setting = { n: 400, lambda: 1e-3, noiseVariance: 1, signal: 4 };
    const h = hermiteCoefficients('relu');
    const given = predictFromSpectrum(h, spectrumOfWeights(W), setting);
    const mp = predictIntervalLength({ activation: 'relu', p: 200, d: 300, ...setting });
    expect(Math.abs(given.sqrtNStdError / mp.sqrtNStdError - 1)).toBeLessThan(0.01);
  });
});

describe('effective ridge κ', () => {
  const h = hermiteCoefficients('relu');
  it('solves λ = κ(1 − df/n) on both sides of the interpolation threshold', () => {
    for (const d of [100, 399, 401, 1200]) {
      for (const lambda of [1e-8, 1e-3, 1]) {
        const spec = marchenkoPasturSpectrum(d, 200, 256);
        const pred = predictFromSpectrum(h, spec, { n: 400, lambda, noiseVariance: 1, signal: 1 });
        expectClose(pred.kappa * (1 - pred.dfOverN), lambda, 1e-6); // 1 − df/n cancels when df ≈ n
      }
    }
  });
  it('is 0 for λ = 0 below the threshold and positive above it, with df = n', () => {
    expect(effectiveRidge(marchenkoPasturSpectrum(300, 200), 400, 0, h.mu1, h.muStar)).toBe(0);
    const above = predictIntervalLength({ activation: 'relu', n: 400, p: 200, d: 800, lambda: 0, noiseVariance: 1, signal: 4 });
    expect(above.kappa).toBeGreaterThan(0);
    expect(above.dfOverN).toBe(1);
  });
  it('is continuous in λ at 0 (λ = 1e-12 is within 1e-8 of λ = 0)', () => {
    for (const d of [300, 800]) {
      const at0 = predictIntervalLength({ activation: 'tanh', n: 400, p: 200, d, lambda: 0, noiseVariance: 1, signal: 4 });
      const near = predictIntervalLength({ activation: 'tanh', n: 400, p: 200, d, lambda: 1e-12, noiseVariance: 1, signal: 4 });
      expectClose(near.testRisk, at0.testRisk, 1e-8);
    }
  });
});

describe('predicted length: limits and edge cases', () => {
  it('diverges (Infinity, no NaN) at d = n with λ = 0 and peaks there for small λ', () => {
    const base = { activation: 'relu', n: 400, p: 200, noiseVariance: 1, signal: 4 };
    expect(predictIntervalLength({ ...base, d: 400, lambda: 0 }).testRisk).toBe(Infinity);
    const r = (d: number) => predictIntervalLength({ ...base, d, lambda: 1e-4 }).testRisk;
    expect(r(400)).toBeGreaterThan(r(300));
    expect(r(400)).toBeGreaterThan(r(600));
  });
  it('the linear activation (μ* = 0) is least squares on min(d, p) directions: R = (σ² + r²(1 − d/p)) / (1 − d/n) for d < p, λ = 0', () => {
    const pred = predictIntervalLength({ activation: 'linear', n: 400, p: 200, d: 100, lambda: 0, noiseVariance: 1, signal: 4 });
    expectClose(pred.testRisk, (1 + 4 * (1 - 100 / 200)) / (1 - 100 / 400), 1e-10);
    const wide = predictIntervalLength({ activation: 'linear', n: 400, p: 200, d: 600, lambda: 0, noiseVariance: 1, signal: 4 });
    expectClose(wide.testRisk, 1 / (1 - 200 / 400), 1e-10); // OLS on all p: R = σ²/(1 − p/n)
    expectClose(wide.dfOverN, 0.5, 1e-12);
  });
  it('a purely nonlinear activation (abs, μ1 = 0) learns nothing linear: R ≥ σ² + r²', () => {
    const pred = predictIntervalLength({ activation: 'abs', n: 400, p: 200, d: 300, lambda: 1e-3, noiseVariance: 1, signal: 4 });
    expect(pred.testRisk).toBeGreaterThan(5);
  });
  it('rejects a constant activation and missing sizes with a typed error', () => {
    expect(() => predictIntervalLength({ activation: { name: 'one', f: () => 1, df: () => 0 }, n: 10, p: 5, d: 5, lambda: 0.1, noiseVariance: 1, signal: 1 })).toThrow(InvalidArgumentError);
    expect(() => predictIntervalLength({ activation: 'relu', n: 10, lambda: 0.1, noiseVariance: 1, signal: 1 })).toThrow(/give the input dimension/);
  });
});

describe('optimalLambdaPrediction', () => {
  it('for a given W: the prediction at its λ, no longer than at nearby λ (λ-independent spectrum decomposed once)', () => {
    const W = drawFirstLayer({ width: 40, inputDimension: 25, seed: 5 });
    const base = { activation: 'tanh', n: 60, noiseVariance: 1, signal: 4, weights: W };
    const opt = optimalLambdaPrediction(base);
    expect(opt.spectrum).toBe('given-W');
    expect(opt).toEqual(predictIntervalLength({ ...base, lambda: opt.lambda }));
    for (const f of [0.8, 1.25]) expect(opt.testRisk).toBeLessThanOrEqual(predictIntervalLength({ ...base, lambda: f * opt.lambda }).testRisk);
    expect(() => optimalLambdaPrediction({ ...base, p: 24 })).toThrow(/p = 24 but W has 25 columns/);
  });
});
