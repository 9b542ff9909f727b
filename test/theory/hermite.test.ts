import { describe, expect, it } from 'vitest';
import { activationNames } from '../../src/activations/registry.js';
import { NumericalError } from '../../src/errors.js';
import { hermiteCoefficients } from '../../src/theory/hermite.js';
import { integrate, integrateHalfLine } from '../../src/theory/quadrature.js';
import { expectClose, loadFixture } from '../helpers/vectors.js';

type Hermite = Record<string, { mu0: number; mu1: number; muStar: number }>;
const expected = loadFixture<Hermite>('hermite.json');

describe('hermiteCoefficients reproduces hermite.json to 1e-10', () => {
  it('covers every built-in activation', () => {
    expect(Object.keys(expected).sort()).toEqual([...activationNames].sort());
  });
  it.each(Object.keys(expected))('%s', (name) => {
    const h = hermiteCoefficients(name);
    const e = expected[name]!;
    // relative 1e-10; an exact 0 in the reference is matched to 1e-14 absolute
    expectClose([h.mu0, h.mu1, h.muStar], [e.mu0, e.mu1, e.muStar], 1e-10, 1e-4);
  });
});

describe('hermiteCoefficients closed forms', () => {
  it('relu: 1/√(2π), 1/2, √(1/4 − 1/(2π))', () => {
    const h = hermiteCoefficients('relu');
    expectClose([h.mu0, h.mu1, h.muStar], [1 / Math.sqrt(2 * Math.PI), 0.5, Math.sqrt(0.25 - 1 / (2 * Math.PI))], 1e-13);
  });
  it('odd activations get μ0 = 0 exactly and linear μ* = 0', () => {
    expect(hermiteCoefficients('tanh').mu0).toBe(0);
    expect(hermiteCoefficients('erf').mu0).toBe(0);
    expect(hermiteCoefficients('linear').muStar).toBe(0);
  });
  it('a user-defined activation: cube has μ1 = E G⁴ = 3 and μ*² = E G⁶ − 9 = 6', () => {
    const h = hermiteCoefficients({ name: 'cube', f: (t) => t ** 3, df: (t) => 3 * t * t });
    expect(h.activation).toBe('cube');
    expectClose([h.mu1, h.muStar], [3, Math.sqrt(6)], 1e-12);
    expect(Math.abs(h.mu0)).toBeLessThan(1e-15);
  });
  it('a shifted step (kink away from 0) is still accurate: E 1{G > 1} = 1 − Φ(1)', () => {
    const h = hermiteCoefficients({ name: 'step1', f: (t) => (t > 1 ? 1 : 0), df: () => 0 });
    expectClose(h.mu0, 0.15865525393145707, 1e-10);
    expectClose(h.mu1, Math.exp(-0.5) / Math.sqrt(2 * Math.PI), 1e-10);
  });
  it('throws a NumericalError when φ(G)² is not integrable', () => {
    expect(() => hermiteCoefficients({ name: 'explode', f: (t) => Math.exp(t * t), df: (t) => 2 * t * Math.exp(t * t) })).toThrow(NumericalError);
  });
});

describe('adaptive quadrature', () => {
  it('integrates smooth and peaked functions to their closed forms', () => {
    expectClose(integrate(Math.sin, 0, Math.PI).value, 2, 1e-14);
    expectClose(integrate((x) => 1 / (1e-4 + x * x), -1, 1).value, 2 * 100 * Math.atan(100), 1e-12);
    expectClose(integrateHalfLine((t) => t * t, (t) => Math.exp(-t)).value, 2, 1e-13);
  });
  it('throws a NumericalError for a non-finite integrand and when the error target is out of reach', () => {
    expect(() => integrate((x) => 1 / x, -1, 1)).toThrow(NumericalError); // the Kronrod midpoint hits the pole
    expect(() => integrate((x) => 1 / x, -1, 1)).toThrow(/integrand is not finite/);
    expect(() => integrate(Math.sin, 0, 100, { maxIntervals: 1 })).toThrow(/adaptive quadrature did not converge/);
  });
});
