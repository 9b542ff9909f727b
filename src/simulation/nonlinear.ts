/**
 * Nonlinear perturbations of the regression function that keep the target
 * `β* = Σ⁻¹E[xy]` equal to β (METHOD §1, §6): `quad:C` adds `C (x₁² − 1)`,
 * which is uncorrelated with every coordinate of a Gaussian x with Σ₁₁ = 1
 * (E[x (x₁² − 1)] = 0 by symmetry), so only the fit, not the target, changes.
 *
 * @module
 */
import type { Matrix } from '../linalg/index.js';
import { specNumber, splitSpec } from './specParse.js';

/** A nonlinear perturbation. */
export type NonlinearSpec = { readonly kind: 'none' } | { readonly kind: 'quad'; readonly c: number };

/**
 * Parses `none` or `quad:C`.
 *
 * @example
 * parseNonlinear('quad:0.5'); // { kind: 'quad', c: 0.5 }
 */
export function parseNonlinear(value: string, flag = '--nonlinear'): NonlinearSpec {
  const { name, args } = splitSpec(flag, value, { none: 0, quad: 1 }, 'none or quad:C (adds C·(x₁² − 1))');
  if (name === 'none') return { kind: 'none' };
  return { kind: 'quad', c: specNumber(flag, value, args[0]!, () => true, 'a finite coefficient C') };
}

/**
 * The canonical text (`none`, `quad:0.5`).
 *
 * @example
 * nonlinearText({ kind: 'quad', c: 0.5 }); // 'quad:0.5'
 */
export function nonlinearText(spec: NonlinearSpec): string {
  return spec.kind === 'none' ? 'none' : `quad:${spec.c}`;
}

/**
 * Adds the perturbation to `y` in place (and returns it).
 *
 * @example
 * addNonlinearPart({ kind: 'quad', c: 0.5 }, X, y);
 */
export function addNonlinearPart(spec: NonlinearSpec, X: Matrix, y: Float64Array): Float64Array {
  if (spec.kind === 'quad') {
    for (let i = 0; i < X.rows; i++) {
      const x1 = X.data[i * X.cols]!;
      y[i]! += spec.c * (x1 * x1 - 1);
    }
  }
  return y;
}
