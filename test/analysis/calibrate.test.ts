import { describe, expect, it } from 'vitest';
import { createGenerator, drawFirstLayer, fromRows } from '../../src/index.js';
import { calibrateCoverage } from '../../src/analysis/calibrate.js';
import { fitDataSet } from '../../src/analysis/dataFit.js';
import { transformDesign } from '../../src/io/realData.js';

// A raw design in "file units": column scales 1, 100 and 0.01, non-zero means.
const rng = createGenerator(11, 'calibrate-test');
const n = 80, scales = [1, 100, 0.01];
const X = fromRows(Array.from({ length: n }, () => scales.map((s, j) => 3 * j + s * rng.normal())));
const y = Float64Array.from({ length: n }, (_, i) => X.data[i * 3]! - 0.02 * X.data[i * 3 + 1]! + rng.normal());
const raw = { X, y, terms: ['a', 'b', 'c'] };
const weights = drawFirstLayer({ width: 30, inputDimension: 3, seed: 2 });
const spec = { raw, center: true, standardize: true, weights, activation: 'tanh', lambda: 0.05, level: 0.9 };

describe('data-calibrated coverage', () => {
  const R = 60;
  const cal = calibrateCoverage(spec, { replicates: R, seed: 3 });

  it('least squares reaches its exact level on both row sources (targets β_j s*_j are right)', () => {
    // Given X, y = Xβ + σε with Gaussian ε makes the t interval exact, whatever the rows.
    const tol = 4 * Math.sqrt((0.9 * 0.1) / R);
    for (const g of cal.regimes) {
      expect(g.replicates + g.failed).toBe(R);
      expect(Math.abs(g.olsCoverage - 0.9)).toBeLessThan(tol);
    }
  });

  it('reports coverage, Monte Carlo errors and per-term results for both row sources', () => {
    expect(cal.regimes.map((g) => g.regime)).toEqual(['resampled', 'gaussian']);
    for (const g of cal.regimes) {
      expect(g.coverage).toBeGreaterThan(0.5);
      expect(g.mcse).toBeGreaterThan(0);
      expect(g.terms.map((t) => t.term)).toEqual(['a', 'b', 'c']);
      expect(g.meanLength.every((l) => l > 0)).toBe(true);
    }
  });

  it('is a function of (seed, replicate) only', () => {
    const again = calibrateCoverage(spec, { replicates: R, seed: 3, regimes: ['gaussian'] });
    expect(again.regimes[0]).toEqual(cal.regimes[1]);
    const other = calibrateCoverage(spec, { replicates: R, seed: 4, regimes: ['gaussian'] });
    expect(other.regimes[0]!.meanLength).not.toEqual(cal.regimes[1]!.meanLength);
  });

  it('uses the generating model of least squares on the user design', () => {
    const t = transformDesign(raw, { center: true });
    const fit = fitDataSet({ ...t, terms: raw.terms }, { weights, activation: 'tanh', lambda: 0.05 });
    // beta in file units: the OLS of the centered (unstandardized) design
    expect(cal.beta).toEqual(Array.from(fit.ols!.beta));
    expect(cal.sigma).toBeCloseTo(fit.ols!.sigma, 12);
  });
});
