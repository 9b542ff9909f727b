/**
 * True coefficients β of the simulation (METHOD §6): `dense` (direction
 * uniform on the sphere) or `sparse:K` (the first K coordinates equal to
 * ±signal/√K with random signs, the rest zero); in both cases ‖β‖ = signal.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { norm2 } from '../linalg/index.js';
import type { Generator } from '../random/generator.js';
import { specNumber, splitSpec } from './specParse.js';

/** How β is drawn. */
export type CoefficientSpec = { readonly kind: 'dense' } | { readonly kind: 'sparse'; readonly nonzeros: number };

/**
 * Parses `dense` or `sparse:K` (K a whole number ≥ 1, and ≤ p when p is given).
 *
 * @example
 * parseCoefficients('sparse:10', 200); // { kind: 'sparse', nonzeros: 10 }
 */
export function parseCoefficients(value: string, p?: number, flag = '--beta'): CoefficientSpec {
  const { name, args } = splitSpec(flag, value, { dense: 0, sparse: 1 }, 'dense or sparse:K (K non-zero coordinates, 1 ≤ K ≤ p)');
  if (name === 'dense') return { kind: 'dense' };
  const k = specNumber(flag, value, args[0]!, (v) => Number.isInteger(v) && v >= 1, 'a whole number of non-zeros K ≥ 1');
  if (p !== undefined && k > p) throw new InvalidArgumentError(`${flag} "${value}": K = ${k} non-zeros exceed p = ${p}; use K ≤ p`);
  return { kind: 'sparse', nonzeros: k };
}

/**
 * The canonical text (`dense`, `sparse:10`).
 *
 * @example
 * coefficientsText({ kind: 'sparse', nonzeros: 10 }); // 'sparse:10'
 */
export function coefficientsText(spec: CoefficientSpec): string {
  return spec.kind === 'dense' ? 'dense' : `sparse:${spec.nonzeros}`;
}

/**
 * Draws β (length p) with ‖β‖ = `signal`.
 *
 * @example
 * drawCoefficients({ kind: 'dense' }, 200, 1, createGenerator(1, 'beta'));
 */
export function drawCoefficients(spec: CoefficientSpec, p: number, signal: number, rng: Generator): Float64Array {
  const beta = new Float64Array(p);
  if (spec.kind === 'sparse') {
    if (spec.nonzeros > p) throw new InvalidArgumentError(`sparse β with K = ${spec.nonzeros} non-zeros needs p ≥ K, got p = ${p}`);
    const a = signal / Math.sqrt(spec.nonzeros);
    for (let j = 0; j < spec.nonzeros; j++) beta[j] = rng.uniform() < 0.5 ? -a : a;
    return beta;
  }
  if (signal === 0) return beta;
  rng.fillNormal(beta);
  const s = signal / norm2(beta);
  for (let j = 0; j < p; j++) beta[j]! *= s;
  return beta;
}
