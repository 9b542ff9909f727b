import { describe, expect, it } from 'vitest';
import { createGenerator } from '../../src/index.js';

describe('seeded generator', () => {
  it('is determined by the seed and the stream labels', () => {
    const a = createGenerator(7, 'replicate', 3), b = createGenerator(7, 'replicate', 3), c = createGenerator(7, 'replicate', 4);
    const xs = Array.from({ length: 5 }, () => a.normal());
    expect(Array.from({ length: 5 }, () => b.normal())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.normal())).not.toEqual(xs);
  });

  it('normal draws have mean 0 and variance 1 within Monte Carlo error', () => {
    const rng = createGenerator(1);
    const x = rng.fillNormal(new Float64Array(100_000));
    const m = x.reduce((s, v) => s + v, 0) / x.length;
    const v = x.reduce((s, u) => s + (u - m) ** 2, 0) / x.length;
    expect(Math.abs(m)).toBeLessThan(4 / Math.sqrt(x.length));
    expect(Math.abs(v - 1)).toBeLessThan(4 * Math.sqrt(2 / x.length));
  });

  it('uniforms lie in [0, 1) and integers in {0, …, m − 1}', () => {
    const rng = createGenerator('s');
    for (let i = 0; i < 1000; i++) {
      const u = rng.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      const k = rng.integer(7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
    }
  });

  it('rejects a non-integer numeric seed', () => {
    expect(() => createGenerator(1.5)).toThrow(/seed must be an integer/);
  });
});
