/**
 * Designs of the simulation (METHOD §6): rows `x_i ~ N(0, Σ)` i.i.d. with
 * `Σ = I` (`identity`), AR(1) `Σ_kl = ρ^|k−l|` (`ar1:RHO`) or equicorrelated
 * `Σ_kl = ρ` for k ≠ l (`equi:RHO`). Every Σ has unit diagonal.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { type Matrix, cholesky, matmulTransB, matrix } from '../linalg/index.js';
import type { Generator } from '../random/generator.js';
import { specNumber, splitSpec } from './specParse.js';

/** A design: the covariance of the rows of X. */
export type DesignSpec = { readonly kind: 'identity' } | { readonly kind: 'ar1'; readonly rho: number } | { readonly kind: 'equi'; readonly rho: number };

const USAGE = 'identity, ar1:RHO (-1 < RHO < 1) or equi:RHO (-1/(p-1) < RHO < 1)';

/**
 * Parses `identity`, `ar1:RHO` or `equi:RHO`; with `p` given, also checks that
 * the equicorrelated Σ is positive definite (`ρ > −1/(p − 1)`).
 *
 * @example
 * parseDesign('ar1:0.5'); // { kind: 'ar1', rho: 0.5 }
 */
export function parseDesign(value: string, p?: number, flag = '--design'): DesignSpec {
  const { name, args } = splitSpec(flag, value, { identity: 0, ar1: 1, equi: 1 }, USAGE);
  if (name === 'identity') return { kind: 'identity' };
  if (name === 'ar1') return { kind: 'ar1', rho: specNumber(flag, value, args[0]!, (r) => Math.abs(r) < 1, 'RHO with -1 < RHO < 1') };
  const lowest = p !== undefined && p > 1 ? -1 / (p - 1) : -1;
  return {
    kind: 'equi',
    rho: specNumber(flag, value, args[0]!, (r) => r > lowest && r < 1, `RHO with ${lowest.toPrecision(3)} < RHO < 1 (Σ positive definite for p = ${p ?? '?'})`),
  };
}

/**
 * The canonical text of a design (`identity`, `ar1:0.5`, `equi:0.2`).
 *
 * @example
 * designText({ kind: 'ar1', rho: 0.5 }); // 'ar1:0.5'
 */
export function designText(spec: DesignSpec): string {
  return spec.kind === 'identity' ? 'identity' : `${spec.kind}:${spec.rho}`;
}

/**
 * The covariance Σ (p×p) of a design.
 *
 * @example
 * designCovariance({ kind: 'ar1', rho: 0.5 }, 3); // [[1, .5, .25], [.5, 1, .5], [.25, .5, 1]]
 */
export function designCovariance(spec: DesignSpec, p: number): Matrix {
  const S = matrix(p, p);
  for (let k = 0; k < p; k++) {
    for (let l = 0; l < p; l++) {
      S.data[k * p + l] = k === l ? 1 : spec.kind === 'identity' ? 0 : spec.kind === 'ar1' ? Math.pow(spec.rho, Math.abs(k - l)) : spec.rho;
    }
  }
  return S;
}

/** A design prepared for repeated draws: Σ and its Cholesky factor (absent for the identity). */
export interface PreparedDesign {
  /** The design. */
  readonly spec: DesignSpec;
  /** Dimension p. */
  readonly p: number;
  /** Σ, or undefined when Σ = I. */
  readonly covariance?: Matrix;
  /** Lower-triangular L with `Σ = LLᵀ`, or undefined when Σ = I. */
  readonly factor?: Matrix;
}

/**
 * Computes Σ and its Cholesky factor once, for many draws of X.
 *
 * @example
 * const design = prepareSimulatedDesign({ kind: 'equi', rho: 0.2 }, 50);
 */
export function prepareSimulatedDesign(spec: DesignSpec, p: number): PreparedDesign {
  if (spec.kind === 'equi' && p > 1 && !(spec.rho > -1 / (p - 1))) {
    throw new InvalidArgumentError(`equicorrelated design needs RHO > -1/(p-1) = ${(-1 / (p - 1)).toPrecision(3)} for p = ${p}, got ${spec.rho}`);
  }
  if (spec.kind === 'identity') return { spec, p };
  const covariance = designCovariance(spec, p);
  return { spec, p, covariance, factor: cholesky(covariance, 'design covariance Σ').L };
}

/**
 * Draws X (n×p) with rows i.i.d. N(0, Σ): `X = Z Lᵀ` with Z standard normal.
 *
 * @example
 * const X = drawDesign(prepareSimulatedDesign({ kind: 'ar1', rho: 0.5 }, 20), 400, createGenerator(1, 'design'));
 */
export function drawDesign(design: PreparedDesign, n: number, rng: Generator): Matrix {
  const Z = matrix(n, design.p);
  rng.fillNormal(Z.data);
  return design.factor ? matmulTransB(Z, design.factor) : Z;
}
