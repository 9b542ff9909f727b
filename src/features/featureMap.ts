/**
 * Feature maps `Φ = φ(X Wᵀ)` and `Φ' = φ'(X Wᵀ)` (METHOD §1).
 *
 * @module
 */
import type { Activation } from '../activations/activation.js';
import { DimensionError, NumericalError } from '../errors.js';
import { type Matrix, dot, firstNonFinite, mapPairTransB } from '../linalg/index.js';

/** The features of a data set: Φ (n×d) and Φ' (n×d). */
export interface Features {
  /** `Φ = φ(X Wᵀ)`, row i is `φ_i = φ(W x_i)`. */
  readonly phi: Matrix;
  /** `Φ' = φ'(X Wᵀ)`, row i is `φ'_i`. */
  readonly dphi: Matrix;
}

/**
 * Computes `Φ = φ(X Wᵀ)` and `Φ' = φ'(X Wᵀ)` in one pass over the
 * pre-activations (no bias, no 1/√d scaling). Throws a {@link NumericalError}
 * naming the row and hidden unit when a feature is not finite (overflow of
 * huge inputs, or a user activation returning NaN).
 *
 * @example
 * const { phi, dphi } = featureMaps(X, W, getActivation('relu'));
 */
export function featureMaps(X: Matrix, W: Matrix, activation: Activation): Features {
  if (X.cols !== W.cols) {
    throw new DimensionError(`first layer W is ${W.rows}×${W.cols} but the data have p = ${X.cols} columns; W must be d×p`);
  }
  const [phi, dphi] = mapPairTransB(X, W, activation.f, activation.df);
  for (const [A, what] of [[phi, 'φ'], [dphi, "φ'"]] as const) {
    const bad = firstNonFinite(A);
    if (bad !== undefined) {
      const t = dot(X.data.subarray(bad.row * X.cols, (bad.row + 1) * X.cols), W.data.subarray(bad.col * W.cols, (bad.col + 1) * W.cols));
      throw new NumericalError(
        `feature ${what}(wᵀx) is ${A.data[bad.row * A.cols + bad.col]} at row ${bad.row + 1}, hidden unit ${bad.col + 1} ` +
          `(pre-activation ${t}, activation ${activation.name}); rescale the columns of X (e.g. standardize them) or check the activation`,
      );
    }
  }
  return { phi, dphi };
}
