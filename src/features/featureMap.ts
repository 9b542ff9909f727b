/**
 * Feature maps `Φ = φ(X Wᵀ)` and `Φ' = φ'(X Wᵀ)` (METHOD §1).
 *
 * @module
 */
import type { Activation } from '../activations/activation.js';
import { DimensionError } from '../errors.js';
import { type Matrix, mapPairTransB } from '../linalg/index.js';

/** The features of a data set: Φ (n×d) and Φ' (n×d). */
export interface Features {
  /** `Φ = φ(X Wᵀ)`, row i is `φ_i = φ(W x_i)`. */
  readonly phi: Matrix;
  /** `Φ' = φ'(X Wᵀ)`, row i is `φ'_i`. */
  readonly dphi: Matrix;
}

/**
 * Computes `Φ = φ(X Wᵀ)` and `Φ' = φ'(X Wᵀ)` in one pass over the
 * pre-activations (no bias, no 1/√d scaling).
 *
 * @example
 * const { phi, dphi } = featureMaps(X, W, getActivation('relu'));
 */
export function featureMaps(X: Matrix, W: Matrix, activation: Activation): Features {
  if (X.cols !== W.cols) {
    throw new DimensionError(`first layer W is ${W.rows}×${W.cols} but the data have p = ${X.cols} columns; W must be d×p`);
  }
  const [phi, dphi] = mapPairTransB(X, W, activation.f, activation.df);
  return { phi, dphi };
}
