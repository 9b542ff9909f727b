import { describe, expect, it } from 'vitest';
import { activationNames, getActivation } from '../../src/index.js';

describe('built-in activations (METHOD §1)', () => {
  it('names the required set', () => {
    expect([...activationNames].sort()).toEqual(
      ['abs', 'elu', 'erf', 'gelu', 'leaky_relu', 'linear', 'relu', 'sigmoid', 'silu', 'softplus', 'tanh'].sort(),
    );
  });

  it.each(activationNames)('%s: φ\' matches central finite differences away from kinks', (name) => {
    const a = getActivation(name);
    for (const t of [-3.7, -1.2, -0.4, 0.3, 0.9, 2.5, 6]) {
      const h = 1e-6;
      const fd = (a.f(t + h) - a.f(t - h)) / (2 * h);
      expect(Math.abs(a.df(t) - fd)).toBeLessThan(1e-7 * Math.max(1, Math.abs(fd)));
    }
  });

  it('uses the right derivative at kinks, and φ\'(0) = 0 for abs', () => {
    expect(getActivation('relu').df(0)).toBe(1);
    expect(getActivation('leaky_relu').df(0)).toBe(1);
    expect(getActivation('elu').df(0)).toBe(1);
    expect(getActivation('abs').df(0)).toBe(0);
  });

  it('closed forms', () => {
    expect(getActivation('gelu').f(1)).toBeCloseTo(0.8413447460685429, 15);
    expect(getActivation('softplus').f(800)).toBe(800);
    expect(getActivation('softplus').f(-800)).toBe(0);
    expect(getActivation('sigmoid').f(-800)).toBe(0);
    expect(getActivation('silu').f(2)).toBeCloseTo(2 / (1 + Math.exp(-2)), 15);
    expect(getActivation('elu').f(-1)).toBeCloseTo(Math.exp(-1) - 1, 15);
    expect(getActivation('leaky_relu').f(-2)).toBe(-0.02);
    expect(getActivation('erf').f(0.5)).toBeCloseTo(0.5204998778130465, 15);
  });

  it('accepts user-defined activations and rejects malformed ones', () => {
    const cube = { name: 'cube', f: (t: number) => t ** 3, df: (t: number) => 3 * t * t };
    expect(getActivation(cube)).toBe(cube);
    expect(() => getActivation('swish2')).toThrow(/unknown activation "swish2"; choose one of/);
    expect(() => getActivation({ name: 'bad', f: 1 } as never)).toThrow(/user-defined activation/);
  });
});
