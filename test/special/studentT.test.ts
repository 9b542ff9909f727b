import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { chiSquareUpperTail, incompleteBeta, studentTQuantile, twoSidedTPValue } from '../../src/special/studentT.js';
import { expectClose } from '../helpers/vectors.js';

describe('incompleteBeta', () => {
  it('matches closed forms to near full precision', () => {
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 15);
    for (const x of [1e-6, 0.1, 0.37, 0.9, 0.999]) {
      // I_x(1, b) = 1 − (1 − x)^b and I_x(a, 1) = x^a
      expectClose(incompleteBeta(x, 1, 3.5), -Math.expm1(3.5 * Math.log1p(-x)), 1e-13);
      expectClose(incompleteBeta(x, 2.5, 1), x ** 2.5, 1e-13);
      // symmetry I_x(a, b) = 1 − I_{1−x}(b, a)
      expectClose(incompleteBeta(x, 3, 0.5), 1 - incompleteBeta(1 - x, 0.5, 3), 1e-13, 1); // absolute: the right side cancels
    }
  });
  it('is 0 at or below 0 and 1 at or above 1', () => {
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(-1, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
  });
});

describe('Student t and chi-square edge cases', () => {
  it('the quantile inverts the two-sided p-value', () => {
    for (const df of [1, 3.5, 30, 500]) {
      for (const a of [0.2, 0.05, 1e-6]) expectClose(twoSidedTPValue(studentTQuantile(1 - a / 2, df), df), a, 1e-9);
    }
    expectClose(studentTQuantile(0.025, 10), -studentTQuantile(0.975, 10), 1e-14);
  });
  it('limits: infinite t has p-value 0, non-positive x has chi-square tail 1', () => {
    expect(twoSidedTPValue(Infinity, 5)).toBe(0);
    expect(twoSidedTPValue(0, 5)).toBe(1);
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });
  it('rejects bad degrees of freedom and probabilities with a typed error', () => {
    expect(() => studentTQuantile(0.5, 0)).toThrow(InvalidArgumentError);
    expect(() => studentTQuantile(0.5, Infinity)).toThrow(/degrees of freedom/);
    expect(() => studentTQuantile(1, 5)).toThrow(/probability must lie in \(0, 1\)/);
    expect(() => twoSidedTPValue(1, -2)).toThrow(InvalidArgumentError);
    expect(() => chiSquareUpperTail(1, NaN)).toThrow(InvalidArgumentError);
  });
});
