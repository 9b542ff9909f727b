/**
 * The eigendecomposition of the feature covariance `S = ΦᵀΦ/n = V diag(s) Vᵀ`
 * and the rotated features and response, computed once and shared by every
 * training rule and every point of a training path (METHOD §4).
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import {
  type Matrix,
  copy,
  gram,
  hadamard,
  matTvec,
  matmul,
  matmulTransA,
  outerGram,
  scale,
  scaleColumns,
  selectColumns,
  symmetricEigen,
} from '../linalg/index.js';

/** Which matrix is decomposed: `S = ΦᵀΦ/n` (d×d, primal) or `ΦΦᵀ/n` (n×n, dual). */
export type SpectralForm = 'primal' | 'dual';

/**
 * `S = ΦᵀΦ/n` in its eigenbasis, restricted to r directions: all d in the
 * primal form; in the dual form the r ≤ n directions with a positive
 * eigenvalue (the others carry no data: their rotated features and response
 * vanish, so every filter ignores them).
 */
export interface FeatureSpectrum {
  /** Which matrix was decomposed. */
  readonly form: SpectralForm;
  /** Sample size n. */
  readonly n: number;
  /** Width d. */
  readonly d: number;
  /** Eigenvalues `s_k ≥ 0` of S (length r). */
  readonly values: Float64Array;
  /** Orthonormal eigenvectors V (d×r), column k for `s_k`. */
  readonly vectors: Matrix;
  /** Rotated features `Φ̃ = ΦV` (n×r). */
  readonly rotatedFeatures: Matrix;
  /** `Φ̃ ∘ Φ̃` (n×r), for leverages and the divided-difference term. */
  readonly rotatedSquares: Matrix;
  /** Rotated response `b̃ = Vᵀb` with `b = Φᵀy/n` (length r). */
  readonly rotatedResponse: Float64Array;
  /**
   * Dual form: orthonormal eigenvectors Q (n×r) of `ΦΦᵀ/n` and `Qᵀy`, giving
   * the residual `ψ = Q((1 − s∘g) ∘ Qᵀy) + (y − QQᵀy)` without cancellation
   * when the network nearly interpolates.
   */
  readonly dualBasis?: {
    /** Orthonormal basis Q (n×r) of the column space of Φ. */
    readonly Q: Matrix;
    /** Coordinates $Q^\top y$ of the response in that basis. */
    readonly coordinates: Float64Array;
  };
}

/**
 * Default form: dual when d ≥ n (an n×n eigenproblem, and a residual that stays
 * accurate near interpolation), primal otherwise.
 *
 * @example
 * spectralForm(400, 300); // "primal"
 */
export function spectralForm(n: number, d: number): SpectralForm {
  return d >= n ? 'dual' : 'primal';
}

/**
 * One symmetric eigendecomposition — of `ΦᵀΦ/n` (primal, `O(nd² + d³)`) or of
 * `ΦΦᵀ/n` (dual, `O(n²d + n³)`) — and the rotated features `Φ̃ = ΦV` and
 * response `b̃ = VᵀΦᵀy/n` (METHOD §4). Negative eigenvalues from rounding are
 * set to 0.
 *
 * @example
 * const spectrum = featureSpectrum(fitted.features.phi, y);
 * spectrum.values; // eigenvalues of ΦᵀΦ/n
 */
export function featureSpectrum(phi: Matrix, y: Float64Array, form: SpectralForm | 'auto' = 'auto'): FeatureSpectrum {
  const n = phi.rows, d = phi.cols;
  const chosen = form === 'auto' ? spectralForm(n, d) : form;
  if (chosen === 'primal') {
    const { values, vectors } = symmetricEigen(scale(gram(phi), 1 / n));
    const s = values.map((v) => Math.max(v, 0));
    const b = matTvec(phi, y).map((v) => v / n);
    return spectrum(chosen, n, s, vectors, matmul(phi, vectors), matTvec(vectors, b));
  }
  if (chosen !== 'dual') throw new InvalidArgumentError(`spectral form must be "auto", "primal" or "dual", got "${String(form)}"`);
  const eig = symmetricEigen(scale(outerGram(phi), 1 / n));
  const top = eig.values.length > 0 ? Math.max(eig.values[eig.values.length - 1]!, 0) : 0;
  const tol = Math.max(n, d) * Number.EPSILON * top;
  const keep: number[] = [];
  eig.values.forEach((v, k) => {
    if (v > tol) keep.push(k);
  });
  const s = Float64Array.from(keep, (k) => eig.values[k]!);
  const Q = selectColumns(eig.vectors, keep);
  const root = s.map((v) => Math.sqrt(n * v));
  const coordinates = matTvec(Q, y);
  const rotatedFeatures = scaleColumns(copy(Q), root);
  const vectors = scaleColumns(matmulTransA(phi, Q), root.map((r) => 1 / r));
  return spectrum(chosen, n, s, vectors, rotatedFeatures, coordinates.map((z, k) => (root[k]! * z) / n), { Q, coordinates });
}

function spectrum(
  form: SpectralForm,
  n: number,
  values: Float64Array,
  vectors: Matrix,
  rotatedFeatures: Matrix,
  rotatedResponse: Float64Array,
  dualBasis?: FeatureSpectrum['dualBasis'],
): FeatureSpectrum {
  const rotatedSquares = hadamard(rotatedFeatures, rotatedFeatures);
  return { form, n, d: vectors.rows, values, vectors, rotatedFeatures, rotatedSquares, rotatedResponse, ...(dualBasis ? { dualBasis } : {}) };
}
