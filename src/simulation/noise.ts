/**
 * Noise models of the simulation (METHOD §6), each scaled to standard
 * deviation `sd` and independent of nothing but what is said:
 *
 * * `gaussian`: ε_i ~ N(0, sd²);
 * * `t:NU`: ε_i = sd · t_ν / √(ν/(ν − 2)), Student t with ν > 2 degrees of
 *   freedom rescaled to variance sd² (heavy tails);
 * * `hetero`: ε_i = sd · z_i · √((1 + x_{i1}²)/2), z_i ~ N(0, 1): the variance
 *   grows with the first covariate and averages sd² (Σ₁₁ = 1). Since
 *   E[x ε] = 0, the target β* is unchanged.
 *
 * @module
 */
import type { Matrix } from '../linalg/index.js';
import { studentTDraw } from '../random/distributions.js';
import type { Generator } from '../random/generator.js';
import { specNumber, splitSpec } from './specParse.js';

/** A noise model. */
export type NoiseSpec = { readonly kind: 'gaussian' } | { readonly kind: 't'; readonly nu: number } | { readonly kind: 'hetero' };

/**
 * Parses `gaussian`, `t:NU` (NU > 2) or `hetero`.
 *
 * @example
 * parseNoise('t:5'); // { kind: 't', nu: 5 }
 */
export function parseNoise(value: string, flag = '--noise'): NoiseSpec {
  const { name, args } = splitSpec(flag, value, { gaussian: 0, t: 1, hetero: 0 }, 'gaussian, t:NU (NU > 2) or hetero');
  if (name === 't') return { kind: 't', nu: specNumber(flag, value, args[0]!, (v) => v > 2, 'degrees of freedom NU > 2 (finite variance)') };
  return { kind: name as 'gaussian' | 'hetero' };
}

/**
 * The canonical text of a noise model (`gaussian`, `t:5`, `hetero`).
 *
 * @example
 * noiseText({ kind: 't', nu: 5 }); // 't:5'
 */
export function noiseText(spec: NoiseSpec): string {
  return spec.kind === 't' ? `t:${spec.nu}` : spec.kind;
}

/**
 * Draws the noise vector (length n = rows of X) with standard deviation `sd`.
 *
 * @example
 * const eps = drawNoise({ kind: 'hetero' }, X, 1, createGenerator(1, 'noise'));
 */
export function drawNoise(spec: NoiseSpec, X: Matrix, sd: number, rng: Generator): Float64Array {
  const n = X.rows;
  const eps = new Float64Array(n);
  switch (spec.kind) {
    case 'gaussian':
      return rng.fillNormal(eps, sd);
    case 't': {
      const s = sd / Math.sqrt(spec.nu / (spec.nu - 2));
      for (let i = 0; i < n; i++) eps[i] = s * studentTDraw(rng, spec.nu);
      return eps;
    }
    case 'hetero':
      for (let i = 0; i < n; i++) {
        const x1 = X.data[i * X.cols]!;
        eps[i] = sd * rng.normal() * Math.sqrt((1 + x1 * x1) / 2);
      }
      return eps;
  }
}
