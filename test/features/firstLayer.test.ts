import { describe, expect, it } from 'vitest';
import { drawFirstLayer, featureMaps, fromRows, getActivation, matmulTransB } from '../../src/index.js';

describe('first-layer draws (METHOD §1)', () => {
  it('gaussian entries have variance 1/p and are reproducible from the seed', () => {
    const W = drawFirstLayer({ width: 400, inputDimension: 50, seed: 3 });
    const mean = W.data.reduce((s, v) => s + v, 0) / W.data.length;
    const variance = W.data.reduce((s, v) => s + (v - mean) ** 2, 0) / W.data.length;
    // 20 000 draws: the sd of the sample variance is about (1/p)·√(2/20000) = 2e-4
    expect(Math.abs(variance - 1 / 50)).toBeLessThan(4 * (1 / 50) * Math.sqrt(2 / 20000));
    expect(drawFirstLayer({ width: 400, inputDimension: 50, seed: 3 }).data).toEqual(W.data);
    expect(drawFirstLayer({ width: 400, inputDimension: 50, seed: 4 }).data).not.toEqual(W.data);
  });

  it('rademacher entries are ±1/√p', () => {
    const W = drawFirstLayer({ width: 30, inputDimension: 16, distribution: 'rademacher', seed: 1 });
    expect(new Set(W.data)).toEqual(new Set([0.25, -0.25]));
  });

  it('sphere rows have unit norm', () => {
    const W = drawFirstLayer({ width: 20, inputDimension: 7, distribution: 'sphere' });
    for (let i = 0; i < 20; i++) {
      const r = W.data.subarray(i * 7, i * 7 + 7);
      expect(Math.hypot(...r)).toBeCloseTo(1, 14);
    }
  });

  it('orthogonal rows are orthonormal (W Wᵀ = I) and need d ≤ p', () => {
    const W = drawFirstLayer({ width: 6, inputDimension: 9, distribution: 'orthogonal', seed: 2 });
    const G = matmulTransB(W, W);
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) expect(G.data[i * 6 + j]).toBeCloseTo(i === j ? 1 : 0, 13);
    expect(() => drawFirstLayer({ width: 10, inputDimension: 9, distribution: 'orthogonal' })).toThrow(/width ≤ input dimension/);
  });

  it('rejects width 0', () => {
    expect(() => drawFirstLayer({ width: 0, inputDimension: 3 })).toThrow(/width must be a positive integer/);
  });
});

describe('feature maps', () => {
  it('Φ = φ(XWᵀ), Φ\' = φ\'(XWᵀ) entrywise', () => {
    const X = fromRows([[1, -2], [0.5, 3]]);
    const W = fromRows([[1, 0], [0, 1], [1, 1]]);
    const { phi, dphi } = featureMaps(X, W, getActivation('relu'));
    expect(Array.from(phi.data)).toEqual([1, 0, 0, 0.5, 3, 3.5]);
    expect(Array.from(dphi.data)).toEqual([1, 0, 0, 1, 1, 1]);
    expect(() => featureMaps(X, fromRows([[1, 2, 3]]), getActivation('relu'))).toThrow(/W must be d×p/);
  });
});
