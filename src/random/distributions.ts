/**
 * Non-Gaussian draws built on a seeded {@link Generator}: gamma, chi-square
 * and Student t (used by the simulation's noise models, METHOD §6). jstat's
 * samplers use `Math.random`, so they cannot be seeded; these can.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import type { Generator } from './generator.js';

/**
 * A Gamma(shape, 1) draw by Marsaglia and Tsang's squeeze method (ACM TOMS
 * 2000); for shape < 1 it draws Gamma(shape + 1) and multiplies by `U^{1/shape}`.
 *
 * @example
 * gammaDraw(createGenerator(1, 'noise'), 2.5);
 */
export function gammaDraw(rng: Generator, shape: number): number {
  if (!(shape > 0) || !Number.isFinite(shape)) throw new InvalidArgumentError(`gamma shape must be a finite number > 0, got ${shape}`);
  if (shape < 1) {
    let u = 0;
    while (u === 0) u = rng.uniform();
    return gammaDraw(rng, shape + 1) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.uniform();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A Student t draw with `nu` degrees of freedom: `Z / √(χ²_ν/ν)` with
 * `χ²_ν = 2·Gamma(ν/2)`. Variance `ν/(ν − 2)` when ν > 2.
 *
 * @example
 * studentTDraw(createGenerator(1, 'noise'), 5);
 */
export function studentTDraw(rng: Generator, nu: number): number {
  const z = rng.normal();
  const chi2 = 2 * gammaDraw(rng, nu / 2);
  return z / Math.sqrt(chi2 / nu);
}
