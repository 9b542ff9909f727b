import { describe, expect, it } from 'vitest';
import { minimizeOnGrid } from '../../src/numerics/minimize.js';

describe('minimizeOnGrid', () => {
  it('finds an interior minimum between grid points to the tolerance', () => {
    const m = minimizeOnGrid((t) => Math.cosh(t - 0.123456789), -5, 5, 11, 1e-12);
    expect(m.boundary).toBeNull();
    expect(Math.abs(m.x - 0.123456789)).toBeLessThan(1e-7); // cosh is flat: f accurate to 1e-16 ⇒ x to ~1e-8
    expect(m.grid.x).toHaveLength(11);
    expect(m.grid.x[10]).toBe(5);
  });
  it('reports a minimum at either end of the grid', () => {
    expect(minimizeOnGrid((t) => t, 0, 1, 5)).toMatchObject({ x: 0, value: 0, boundary: 'lower' });
    expect(minimizeOnGrid((t) => -t, 0, 1, 5)).toMatchObject({ x: 1, value: -1, boundary: 'upper' });
  });
  it('refuses a grid of fewer than 2 points or an empty interval', () => {
    for (const size of [1, 0, 2.5, NaN]) expect(() => minimizeOnGrid((t) => t * t, 0, 1, size)).toThrow(/grid size ≥ 2/);
    for (const [lo, hi] of [[1, 1], [2, 1], [0, Infinity], [NaN, 1]] as const) expect(() => minimizeOnGrid((t) => t * t, lo, hi, 5)).toThrow(/finite lo < hi/);
  });
});
