/**
 * Debiased estimates and standard errors of β* for a network trained by any
 * spectral filter (METHOD §4), all p coordinates at once, split into the same
 * three parts as for ridge (METHOD §2).
 *
 * @module
 */
import {
  addInPlace,
  copy,
  hadamard,
  hadamardTvec,
  matTvec,
  matmul,
  matmulTransB,
  pairwiseSymmetric,
  scaleColumns,
  scaleRows,
} from '../linalg/index.js';
import { type KnownCovarianceEstimates, combineEstimates } from '../inference/knownCovariance.js';
import type { PrecisionOperator } from '../inference/precision.js';
import type { FilterFittedNetwork } from './filterRegression.js';
import { spectralFilter } from './filters.js';

/**
 * The correction c of a filter fit, so that `θ̂ = ΩXᵀψ̃ + g + c` is the §4
 * estimate (g the weighted gradient with weights `(1 − h_i)/(n − df)`):
 *
 * `c = Wᵀ[(Φ' ∘ R)ᵀ1/n + (Φ'ᵀh) ∘ α̂] / (n − df)`, `R = (diag(y) Φ̃ diag(g) + U) Vᵀ`,
 * `U = Φ̃ ∘ ((Φ̃ ∘ b̃ᵀ)Γ) + b̃ᵀ ∘ ((Φ̃ ∘ Φ̃)Γ)`, `Γ_kl = (g(s_k) − g(s_l))/(s_k − s_l)`.
 *
 * `R_i/n` is the derivative of the fit's prediction at `x_i` with respect to
 * `φ_i`: the first part from `Φᵀy`, U from the change of `g(S)`
 * (Daleckii–Krein). Three products of n×r and r×r (or r×d) matrices:
 * `O(nrd)` with r the number of eigen-directions; for ridge it equals the
 * correction `Wᵀ[(Φ' ∘ B)ᵀψ̃]` of METHOD §2.
 *
 * @example
 * filterCorrection(retrain(fitted, 'flow:10')); // length p
 */
export function filterCorrection(fit: FilterFittedNetwork): Float64Array {
  const { spectrum, y, n } = fit;
  const { values: s, rotatedFeatures: Phit, rotatedSquares, rotatedResponse: bt, vectors: V } = spectrum;
  const filter = spectralFilter(fit.training, fit.lambda);
  const Gamma = pairwiseSymmetric(s, filter.divided);
  const U = hadamard(Phit, matmul(scaleColumns(copy(Phit), bt), Gamma));
  addInPlace(U, scaleColumns(matmul(rotatedSquares, Gamma), bt));
  addInPlace(U, scaleColumns(scaleRows(Phit, y), fit.filterValues));
  const R = matmulTransB(U, V);
  const hidden = hadamardTvec(fit.features.dphi, R, new Float64Array(n).fill(1 / n));
  const leverageTerm = matTvec(fit.features.dphi, fit.leverages);
  for (let k = 0; k < hidden.length; k++) hidden[k] = (hidden[k]! + leverageTerm[k]! * fit.alpha[k]!) / fit.residualDf;
  return matTvec(fit.weights, hidden);
}

/**
 * The METHOD §4 estimate `θ̂ = (ΩXᵀψ + Wᵀ[(Φ' ∘ Φg(S))ᵀy]/n + Wᵀ[(Φ' ∘ UVᵀ)ᵀ1]/n
 * + Wᵀ[(Φ'ᵀ1) ∘ α̂]) / (n − df)` and `se_j = ‖ψ‖√Ω_jj/(n − df)` for all p
 * coordinates, with known covariance Ω = Σ⁻¹; parts as in METHOD §2.
 *
 * @example
 * const est = filterEstimates(fitted, precisionOperator('identity', fitted.p));
 * est.estimate; est.stdError;
 */
export function filterEstimates(fit: FilterFittedNetwork, omega: PrecisionOperator): KnownCovarianceEstimates {
  return combineEstimates(fit, omega, filterCorrection(fit));
}
