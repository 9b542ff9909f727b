import { describe, it } from 'vitest';
import { RandomFeaturesRegression, inferCoefficients, type InferenceOptions } from '../../src/index.js';
import { type FitVector, KNOWN_FIT_VECTORS, expectClose, expectCoefficients, loadFixture } from '../helpers/vectors.js';

describe.each(KNOWN_FIT_VECTORS)('reference vector %s (METHOD §8)', (file) => {
  const v = loadFixture<FitVector>(file);
  const fitted = new RandomFeaturesRegression({ activation: v.activation, lambda: v.lambda, weights: v.W }).fit(v.X, v.y);
  const options: InferenceOptions = {
    level: v.level,
    covariance: v.covariance === 'known' ? { precision: v.precision! } : 'identity',
    ...(v.contrast ? { contrasts: [v.contrast.a] } : {}),
  };
  const r = inferCoefficients(fitted, options);
  const e = v.expected;

  it('reproduces estimates, standard errors, intervals, statistics and p-values', () => {
    expectCoefficients(r.coefficients, e);
    expectClose(r.coefficients.map((c) => c.statistic), e.statistic!);
  });

  it('reproduces df, residual norms, alpha and the parts of the estimate', () => {
    expectClose(r.df, e.df);
    expectClose(r.residualNorm, e.residualNorm, 1e-8, 1e-6);
    expectClose(r.scaledResidualNorm, e.scaledResidualNorm!);
    expectClose(fitted.alpha, e.alpha!);
    expectClose(r.parts!.xtpsi, e.parts!.xtpsi);
    expectClose(r.parts!.weightedGradient, e.parts!.weightedGradient);
    expectClose(r.parts!.correction, e.parts!.correction);
  });

  if (v.contrast !== undefined) {
    const a = v.contrast;
    it('reproduces the contrast', () => {
      const c = r.contrasts![0]!;
      expectClose([c.estimate, c.stdError, c.lower, c.upper], [a.estimate, a.stdError, a.lower, a.upper]);
    });
  }
});
