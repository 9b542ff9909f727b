import { describe, expect, it } from 'vitest';
import { fromRows, scaledConditionNumber } from '../../src/index.js';

describe('scaledConditionNumber', () => {
  it('is 1 for orthogonal columns of any length and √((1 + r)/(1 − r)) for two columns of correlation r', () => {
    expect(scaledConditionNumber(fromRows([[1, 0], [0, 2], [0, 0]]))).toBe(1);
    // columns (1, 1, 0) and (0, 1, 1): cosine r = 1/2, scaled Gram eigenvalues 1 ± r
    expect(scaledConditionNumber(fromRows([[1, 0], [1, 1], [0, 1]]))).toBeCloseTo(Math.sqrt(3), 14);
    // the scaling removes the columns' units
    expect(scaledConditionNumber(fromRows([[1000, 0], [1000, 0.001], [0, 0.001]]))).toBeCloseTo(Math.sqrt(3), 12);
  });

  it('is Infinity for a zero column or p ≥ n, and huge for collinear columns', () => {
    expect(scaledConditionNumber(fromRows([[1, 0], [2, 0], [3, 0]]))).toBe(Infinity);
    expect(scaledConditionNumber(fromRows([[1, 2], [3, 4]]))).toBe(Infinity);
    expect(scaledConditionNumber(fromRows([[1, 2], [2, 4], [3, 6]]))).toBeGreaterThan(1e6);
  });
});
