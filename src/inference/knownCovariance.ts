/**
 * Estimates and standard errors of β* under known covariance (METHOD §2).
 *
 * @module
 */
import type { FittedNetwork } from '../estimator/network.js';
import { hadamardTvec, matTvec, norm2 } from '../linalg/index.js';
import type { PrecisionOperator } from './precision.js';

/** The three parts of the estimate `θ̂ = ΩXᵀψ̃ + g + c` (METHOD §2). */
export interface EstimateParts {
  /** `ΩXᵀψ̃`. */
  readonly xtpsi: Float64Array;
  /** Weighted gradient `g = Σ_i w_i ∇f̂(x_i) = Wᵀ[(Φ'ᵀw) ∘ α̂]`. */
  readonly weightedGradient: Float64Array;
  /** Correction `c = Wᵀ[(Φ' ∘ B)ᵀψ̃]`. */
  readonly correction: Float64Array;
}

/** Estimates and standard errors for all p coordinates. */
export interface CoordinateEstimates {
  /** `θ̂_j` for every j. */
  readonly estimate: Float64Array;
  /** `se_j` for every j. */
  readonly stdError: Float64Array;
}

/** Known-covariance estimates with their parts and `‖ψ̃‖`. */
export interface KnownCovarianceEstimates extends CoordinateEstimates {
  /** `‖ψ̃‖`. */
  readonly scaledResidualNorm: number;
  /** The parts of θ̂. */
  readonly parts: EstimateParts;
}

/**
 * What the parts `ΩXᵀψ̃` and g of the estimate need from a fit, whatever its
 * training rule: data, first layer, features, α̂, ψ̃ and the gradient weights.
 */
export type EstimateInputs = Pick<FittedNetwork, 'X' | 'p' | 'weights' | 'features' | 'alpha' | 'scaledResiduals' | 'gradientWeights'>;

/**
 * Weighted gradient `g = Σ_i w_i ∇f̂(x_i) = Wᵀ[(Φ'ᵀw) ∘ α̂]` with the gradient
 * weights `w_i = (1 − h_i)/(n − df)` (METHOD §2), in `O(nd + pd)`.
 *
 * @example
 * weightedGradient(fitted); // length p
 */
export function weightedGradient(fit: EstimateInputs): Float64Array {
  const u = matTvec(fit.features.dphi, fit.gradientWeights);
  for (let k = 0; k < u.length; k++) u[k] *= fit.alpha[k]!;
  return matTvec(fit.weights, u);
}

/**
 * Correction `c = Wᵀ[(Φ' ∘ B)ᵀψ̃]` with `B = ΦM⁻¹` (METHOD §2), in `O(nd + pd)`.
 *
 * @example
 * correction(fitted); // length p
 */
export function correction(fit: FittedNetwork): Float64Array {
  return matTvec(fit.weights, hadamardTvec(fit.features.dphi, fit.B, fit.scaledResiduals));
}

/**
 * The estimate `θ̂ = ΩXᵀψ̃ + g + c` and standard error `se_j = ‖ψ̃‖√Ω_jj` for all
 * p coordinates at once (METHOD §2); nothing per coordinate beyond O(1).
 *
 * @example
 * const { estimate, stdError, parts } = knownCovarianceEstimates(fitted, precisionOperator('identity', p));
 */
export function knownCovarianceEstimates(fit: FittedNetwork, omega: PrecisionOperator): KnownCovarianceEstimates {
  return combineEstimates(fit, omega, correction(fit));
}

/**
 * Assembles `θ̂ = ΩXᵀψ̃ + g + c` and `se_j = ‖ψ̃‖√Ω_jj` from a fit and its
 * correction c (METHOD §2; §4 for the correction of other training rules).
 *
 * @example
 * combineEstimates(fitted, omega, correction(fitted)); // = knownCovarianceEstimates(fitted, omega)
 */
export function combineEstimates(fit: EstimateInputs, omega: PrecisionOperator, c: Float64Array): KnownCovarianceEstimates {
  const xtpsi = omega.apply(matTvec(fit.X, fit.scaledResiduals));
  const g = weightedGradient(fit);
  const p = fit.p;
  const estimate = new Float64Array(p);
  for (let j = 0; j < p; j++) estimate[j] = xtpsi[j]! + g[j]! + c[j]!;
  const scaledResidualNorm = norm2(fit.scaledResiduals);
  const stdError = omega.diagonal.map((o) => scaledResidualNorm * Math.sqrt(o));
  return { estimate, stdError, scaledResidualNorm, parts: { xtpsi, weightedGradient: g, correction: c } };
}
