import { describe, expect, it } from 'vitest';
import { createGenerator, cubedInnerProductSum, fromRows, matmul } from '../../src/index.js';
import { designDiagnostics, mardiaTest } from '../../src/diagnostics/design.js';
import { expectClose } from '../helpers/vectors.js';

function sample(n: number, p: number, seed: number, draw: (u: () => number) => number): number[][] {
  const rng = createGenerator(seed, 'diagnostics-test');
  return Array.from({ length: n }, () => Array.from({ length: p }, () => draw(() => rng.normal())));
}

describe('cubedInnerProductSum', () => {
  it('the moment form and the pairwise form agree (and match a direct sum)', () => {
    const Z = fromRows(sample(7, 3, 1, (g) => g()));
    const direct = (() => {
      let s = 0;
      for (let i = 0; i < 7; i++) for (let k = 0; k < 7; k++) {
        let d = 0;
        for (let t = 0; t < 3; t++) d += Z.data[i * 3 + t]! * Z.data[k * 3 + t]!;
        s += d ** 3;
      }
      return s;
    })();
    expectClose(cubedInnerProductSum(Z), direct, 1e-12); // n p³/6 = 31.5 ≤ n² p/2 = 73.5: moment form
    const wide = fromRows(sample(5, 9, 2, (g) => g())); // pairwise form
    let s = 0;
    for (let i = 0; i < 5; i++) for (let k = 0; k < 5; k++) {
      let d = 0;
      for (let t = 0; t < 9; t++) d += wide.data[i * 9 + t]! * wide.data[k * 9 + t]!;
      s += d ** 3;
    }
    expectClose(cubedInnerProductSum(wide), s, 1e-12);
  });
});

describe('Mardia tests', () => {
  it('are affine invariant', () => {
    const X = fromRows(sample(60, 3, 3, (g) => Math.exp(g())));
    const A = fromRows([[2, 1, 0], [0, 1, -1], [1, 0, 3]]);
    const XA = matmul(X, A);
    for (let i = 0; i < 60; i++) XA.data[i * 3] += 5;
    const a = mardiaTest(X), b = mardiaTest(XA);
    expectClose([b.skewness, b.kurtosis], [a.skewness, a.kurtosis], 1e-9);
  });

  it('b₂ of a one-column design is the biased kurtosis, b₁ the squared biased skewness', () => {
    const x = [1, 2, 4, 7, 11, 3];
    const m = x.reduce((s, v) => s + v, 0) / 6;
    const mom = (k: number) => x.reduce((s, v) => s + (v - m) ** k, 0) / 6;
    const r = mardiaTest(fromRows(x.map((v) => [v])));
    expectClose(r.kurtosis, mom(4) / mom(2) ** 2, 1e-12);
    expectClose(r.skewness, mom(3) ** 2 / mom(2) ** 3, 1e-12);
    expect(r.skewnessDf).toBe(1);
  });

  it('do not reject Gaussian rows and reject log-normal rows, with a warning', () => {
    const gauss = designDiagnostics(fromRows(sample(400, 3, 4, (g) => g())), ['a', 'b', 'c']);
    expect(gauss.gaussianPlausible).toBe(true);
    expect(gauss.warnings).toEqual([]);
    expect(Math.abs(gauss.mardia!.kurtosisStatistic)).toBeLessThan(4);
    const skewed = designDiagnostics(fromRows(sample(400, 3, 5, (g) => Math.exp(g()))), ['a', 'b', 'c']);
    expect(skewed.gaussianPlausible).toBe(false);
    expect(skewed.warnings.join('\n')).toMatch(/Gaussian rows are implausible.*--calibrate/);
    expect(skewed.warnings.join('\n')).toMatch(/far from Gaussian: a \(skewness/);
  });

  it('designDiagnostics reports exactly the Mardia tests of mardiaTest (one centering serves both)', () => {
    const X = fromRows(sample(50, 3, 7, (g) => g() + 3));
    expect(designDiagnostics(X, ['a', 'b', 'c']).mardia).toEqual(mardiaTest(X));
  });

  it('report the scaled condition number and warn on strong collinearity', () => {
    const rows = sample(100, 2, 6, (g) => g()).map(([u, v]) => [u!, u! + 0.01 * v!]);
    const d = designDiagnostics(fromRows(rows), ['u', 'w']);
    expect(d.conditionNumber).toBeGreaterThan(30);
    expect(d.warnings.join('\n')).toMatch(/strongly collinear/);
    const orth = designDiagnostics(fromRows([[1, 0], [0, 1], [-1, 0], [0, -1]]), ['a', 'b']);
    expectClose(orth.conditionNumber, 1, 1e-12);
  });
});
