import { describe, expect, it } from 'vitest';
import { ENGINE_LIMIT, MemoryLimitError, RandomFeaturesRegression, SpectralFilterRegression, inferCoefficients, checkFitMemory, estimateFitMemory, formatBytes, parseByteSize } from '../../src/index.js';

describe('memory guard', () => {
  it('counts the arrays of the primal and dual fits', () => {
    // primal: 8(np + dp) + 8·3nd + 8·4nd + 8·3d²
    expect(estimateFitMemory({ n: 400, p: 20, d: 300 }).bytes).toBe(8 * (400 * 20 + 300 * 20 + 7 * 400 * 300 + 3 * 300 * 300));
    // dual: 8(np + dp) + 8·3nd + 8·2nd + 8·4n²
    expect(estimateFitMemory({ n: 400, p: 20, d: 800 }).bytes).toBe(8 * (400 * 20 + 800 * 20 + 5 * 400 * 800 + 4 * 400 * 400));
    expect(estimateFitMemory({ n: 10, p: 2, d: 5, form: 'dual' }).parts[0]!.name).toMatch(/n×d|n×n/);
  });

  it('is an upper bound on the typed-array memory a real fit allocates', () => {
    const n = 300, p = 10, d = 200;
    const X = Array.from({ length: n }, (_, i) => Array.from({ length: p }, (_, j) => Math.sin(i * (j + 1))));
    const y = X.map((r) => r[0]!);
    const before = process.memoryUsage().arrayBuffers;
    const fitted = new RandomFeaturesRegression({ width: d }).fit(X, y);
    const held = process.memoryUsage().arrayBuffers - before;
    expect(fitted.d).toBe(d);
    expect(held).toBeLessThanOrEqual(estimateFitMemory({ n, p, d }).bytes);
  });

  it('counts the eigendecomposition of a GCV fit, and bounds what a GCV fit allocates', () => {
    const n = 300, p = 10, d = 200;
    // primal: + 8·(2d² + nd); dual: + 8·2n²
    expect(estimateFitMemory({ n, p, d, method: 'gcv' }).bytes - estimateFitMemory({ n, p, d }).bytes).toBe(8 * (2 * d * d + n * d));
    expect(estimateFitMemory({ n, p, d: 500, method: 'gcv' }).bytes - estimateFitMemory({ n, p, d: 500 }).bytes).toBe(8 * 2 * n * n);
    const X = Array.from({ length: n }, (_, i) => Array.from({ length: p }, (_, j) => Math.sin(i * (j + 1))));
    const y = X.map((r) => r[0]! + 0.1 * Math.cos(7 * r[1]!));
    const before = process.memoryUsage().arrayBuffers;
    const fitted = new RandomFeaturesRegression({ width: d, lambda: 'gcv' }).fit(X, y);
    const held = process.memoryUsage().arrayBuffers - before;
    expect(fitted.lambdaSelection).toBe('gcv');
    expect(held).toBeLessThanOrEqual(estimateFitMemory({ n, p, d, method: 'gcv' }).bytes);
  });

  it('counts a spectral filter (gradient flow or descent) by its own arrays, and bounds what such a fit and its inference allocate', () => {
    const n = 300, p = 10;
    // primal (k = d): 4d² + 8nd + nd; dual (k = n): 4n² + 8n² + nd + dn
    expect(estimateFitMemory({ n, p, d: 200, method: 'filter' }).bytes).toBe(8 * (n * p + 200 * p + 3 * n * 200 + 4 * 200 * 200 + 9 * n * 200));
    expect(estimateFitMemory({ n, p, d: 500, method: 'filter' }).bytes).toBe(8 * (n * p + 500 * p + 3 * n * 500 + 12 * n * n + 2 * n * 500));
    const X = Array.from({ length: n }, (_, i) => Array.from({ length: p }, (_, j) => Math.sin(i * (j + 1))));
    const y = X.map((r) => r[0]! + 0.1 * Math.cos(7 * r[1]!));
    for (const d of [200, 500]) {
      const before = process.memoryUsage().arrayBuffers;
      const fitted = new SpectralFilterRegression({ width: d, lambda: 0, training: 'flow:5' }).fit(X, y);
      expect(inferCoefficients(fitted).coefficients.length).toBe(p);
      const held = process.memoryUsage().arrayBuffers - before;
      expect(held).toBeLessThanOrEqual(estimateFitMemory({ n, p, d, method: 'filter' }).bytes);
    }
  });

  it('refuses above the limit with the estimate and how to reduce it', () => {
    expect(() => checkFitMemory({ n: 1e5, p: 100, d: 1000 }, 4 * 2 ** 30)).toThrow(MemoryLimitError);
    expect(() => checkFitMemory({ n: 1e5, p: 100, d: 1000 }, 4 * 2 ** 30)).toThrow(/needs about 5\.\d+ GiB .* more than --max-memory 4 GiB; use a smaller --width/);
    expect(() => checkFitMemory({ n: 1e4, p: 100, d: 1000 }, 2 ** 30, '--max-memory', 8)).toThrow(/8 concurrent fits × /);
    expect(checkFitMemory({ n: 400, p: 20, d: 300 }, 2 ** 30).bytes).toBeGreaterThan(0);
  });

  it('refuses a fit whose largest operation exceeds the engine\'s 4 GiB, whatever --max-memory says', () => {
    expect(estimateFitMemory({ n: 2e5, p: 10, d: 2000 }).engineBytes).toBeGreaterThan(ENGINE_LIMIT);
    expect(() => checkFitMemory({ n: 2e5, p: 10, d: 2000 }, 2 ** 50)).toThrow(/in one linear-algebra operation, more than the 4 GiB the engine can address/);
  });

  it('parses and formats sizes', () => {
    expect(parseByteSize('2G')).toBe(2 * 2 ** 30);
    expect(parseByteSize('512MiB')).toBe(512 * 2 ** 20);
    expect(parseByteSize('1.5g')).toBe(1.5 * 2 ** 30);
    expect(parseByteSize('1e9')).toBe(1e9);
    expect(parseByteSize('64 kb')).toBe(65536);
    for (const bad of ['', '-1G', '0', 'lots', '1X', 'NaN']) expect(() => parseByteSize(bad)).toThrow(/memory size/);
    expect(formatBytes(1536 * 2 ** 20)).toBe('1.5 GiB');
    expect(formatBytes(100)).toBe('100 B');
  });
});
