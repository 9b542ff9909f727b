import { describe, expect, it } from 'vitest';
import { erf, erfc, normalCdf, normalQuantile, twoSidedPValue } from '../../src/index.js';

// reference values from Python's math.erf / math.erfc and scipy.stats.norm
describe('error function and normal distribution', () => {
  it.each([
    [0.1, 0.1124629160182849, 0.8875370839817151],
    [0.5, 0.5204998778130465, 0.4795001221869535],
    [1, 0.8427007929497149, 0.15729920705028513],
    [2, 0.9953222650189527, 0.004677734981047266],
    [4.5, 0.9999999998033839, 1.9661604415428873e-10],
    [6, 1, 2.1519736712498913e-17],
    [10, 1, 2.088487583762545e-45],
    [-2, -0.9953222650189527, 1.9953222650189528],
  ])('erf and erfc at %s', (x, e, ec) => {
    expect(Math.abs(erf(x) - e)).toBeLessThanOrEqual(2e-16 * Math.abs(e));
    expect(Math.abs(erfc(x) - ec)).toBeLessThanOrEqual(4e-16 * Math.abs(ec));
  });

  it('normal quantiles and tail p-values keep full relative precision', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalCdf(normalQuantile(1e-10)) / 1e-10).toBeCloseTo(1, 12);
    expect(twoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 15);
    const p = twoSidedPValue(-8.533187696846934);
    expect(Math.abs(p - 1.4236942531212046e-17) / 1.4236942531212046e-17).toBeLessThan(1e-12);
  });
});
