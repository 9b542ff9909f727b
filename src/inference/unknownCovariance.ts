/**
 * Estimates and standard errors of β* when the covariance Σ of the rows of X is
 * unknown and p < n (METHOD §3), for every coordinate and for contrasts, in
 * `O(np² + npd + pd²)` after the fit: `(I − P)` products are formed once and no
 * n×n matrix is ever built.
 *
 * @module
 */
import type { FittedNetwork } from '../estimator/network.js';
import {
  type Matrix,
  copy,
  hadamard,
  hadamardColumnSums,
  hadamardTvec,
  identity,
  matTvec,
  matmul,
  matmulTransA,
  matmulTransB,
  matvec,
  rowDots,
  scaleColumns,
  scaleRows,
  subtract,
  trace,
} from '../linalg/index.js';
import type { CoordinateEstimates } from './knownCovariance.js';
import { designGramInverse } from './designGram.js';

/** Unknown-covariance estimates with the pieces of METHOD §3 for each direction. */
export interface UnknownCovarianceEstimates extends CoordinateEstimates {
  /** `Ω̂_aa = (n − p + 1) aᵀGa` (`(n − p + 1) G_jj` for a coordinate). */
  readonly precisionDiagonal: Float64Array;
  /** `T1 = tr((I − P_{−a}) A)`, the denominator of the estimate. */
  readonly denominator: Float64Array;
  /** Scaled condition number of X (see {@link designGramInverse}). */
  readonly conditionNumber: number;
}

/**
 * Unknown-covariance estimates (METHOD §3) for the directions in the columns of
 * `directions` (p×m): the target of column a is `aᵀβ*`. The identity gives
 * every coordinate; a contrast a is coordinate 1 after the change of basis
 * `x' = Lx`, `W' = WL⁻¹` with `L⁻¹e₁ = a`, which leaves the network unchanged and
 * turns `G e_j / G_jj` into `Ga / aᵀGa`, `W e_j` into `Wa` and `∂_j f̂` into
 * `aᵀ∇f̂` (the other columns of L do not matter: `P_{−a}` projects on
 * `{Xu : u ⊥ a}`).
 *
 * With `g_a = aᵀGa`, `r = XGa/g_a`, `ρ = 1/g_a`, `A = I − H`, `H X = B(ΦᵀX)`:
 * `T1 = n − df − p + tr(G XᵀHX) + 1 − aᵀG XᵀHX G a / g_a`,
 * `T2 = Σ_i [(I − P)A]_ii t_i + Σ_i r_i (Ar)_i t_i / ρ`,
 * `T3 = aᵀWᵀ[(Φ' ∘ (I − P)B)ᵀψ] + ((Bᵀr) ∘ Wa)ᵀ Φ'ᵀ(ψ ∘ r)/ρ`,
 * `θ̂ = (Ω̂ rᵀψ + T2 + T3)/T1`, `se = √Ω̂ ‖(I − P_{−a})ψ‖/T1` with
 * `‖(I − P_{−a})ψ‖² = ‖(I − P)ψ‖² + (rᵀψ)²/ρ`.
 *
 * @example
 * const est = unknownCovarianceEstimates(fitted, ['x1', 'x2']);
 * est.estimate; est.stdError;
 */
export function unknownCovarianceEstimates(fit: FittedNetwork, terms: readonly string[], directions?: Matrix): UnknownCovarianceEstimates {
  const gramInfo = designGramInverse(
    fit.X,
    terms,
    'unknown covariance (METHOD §3)',
    'give the covariance of the rows instead (--covariance identity, precision:FILE or matrix:FILE) or use fewer columns (--columns)',
  );
  return estimatesFor(fit, gramInfo.inverse, directions ?? identity(fit.p), gramInfo.conditionNumber);
}

function estimatesFor(fit: FittedNetwork, G: Matrix, E: Matrix, conditionNumber: number): UnknownCovarianceEstimates {
  const { X, n, p, weights: W } = fit;
  const { phi, dphi } = fit.features;
  const psi = fit.residuals;
  const m = E.cols;
  // Shared pieces: five n·p·d products (XᵀB, XᵀΦ, HX, Φ'ᵀ(R ∘ (R − HR)), Xᵀ(ψ ∘ Φ')), the rest O(np² + p²d).
  const GE = matmul(G, E); // p×m
  const g = hadamardColumnSums(E, GE); // g_a = aᵀGa
  const invG = g.map((v) => 1 / v);
  const GEr = scaleColumns(copy(GE), invG); // p×m, R = X GEr
  const XG = matmul(X, G); // n×p
  const XtB = matmulTransA(X, fit.B); // p×d = XᵀΦM⁻¹
  const XtPhi = matmulTransA(X, phi); // p×d
  const HX = matmulTransB(fit.B, XtPhi); // n×p = B ΦᵀX
  const Q = matmulTransA(X, HX); // p×p = XᵀHX
  const trGQ = trace(matmul(G, Q));
  const QGE = matmul(Q, GE); // p×m
  const R = matmul(X, GEr); // n×m, column a is r
  const HR = matmul(HX, GEr); // n×m, column a is Hr
  // The gradient of the network along direction a at row i is t_ia = Σ_k Φ'_ik α̂_k (WE)_ka.
  const WE = matmul(W, E); // d×m
  const alphaWE = scaleRows(WE, fit.alpha); // row k is α̂_k (WE)_k
  // T1
  const quad = hadamardColumnSums(GE, QGE); // aᵀG XᵀHX G a
  const denominator = quad.map((q, k) => n - fit.df - p + trGQ + 1 - q * invG[k]!);
  // T2 = Σ_i [(I − P)A]_ii t_i + Σ_i r_i (Ar)_i t_i / ρ; the diagonal of (I − P)A is 1 − h_i − P_ii + (PH)_ii.
  const Pdiag = rowDots(XG, X);
  const PHdiag = rowDots(XG, HX);
  const dIPA = new Float64Array(n);
  for (let i = 0; i < n; i++) dIPA[i] = 1 - fit.leverages[i]! - Pdiag[i]! + PHdiag[i]!;
  const T2a = matTvec(alphaWE, matTvec(dphi, dIPA));
  const T2b = hadamardColumnSums(alphaWE, matmulTransA(dphi, hadamard(R, subtract(R, HR))));
  // T3: with S = Xᵀ(ψ ∘ Φ') (p×d), Σ_i ψ_i Φ'_ik [(I − P)B]_ik = Σ_i ψ_i Φ'_ik B_ik − Σ_j (XᵀB)_jk (GS)_jk,
  // Bᵀr = (XᵀB)ᵀ G a / g_a and Φ'ᵀ(ψ ∘ r) = Sᵀ G a / g_a.
  const S = matmulTransA(scaleRows(X, psi), dphi);
  const projected = hadamardColumnSums(XtB, matmul(G, S));
  const T3a = matTvec(WE, hadamardTvec(dphi, fit.B, psi).map((v, k) => v - projected[k]!));
  const T3b = hadamardColumnSums(matmulTransA(XtB, GEr), WE, matmulTransA(S, GEr));
  // rᵀψ and the projected residual norm.
  const Xtpsi = matTvec(X, psi);
  const rpsi = matTvec(GEr, Xtpsi);
  const fittedP = matvec(XG, Xtpsi); // Pψ
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (psi[i]! - fittedP[i]!) ** 2;
  const c = n - p + 1;
  const precisionDiagonal = g.map((v) => c * v);
  const estimate = new Float64Array(m);
  const stdError = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const rho = invG[k]!;
    estimate[k] = (precisionDiagonal[k]! * rpsi[k]! + T2a[k]! + T2b[k]! / rho + T3a[k]! + T3b[k]! / rho) / denominator[k]!;
    stdError[k] = (Math.sqrt(precisionDiagonal[k]!) * Math.sqrt(rss + (rpsi[k]! * rpsi[k]!) / rho)) / denominator[k]!;
  }
  return { estimate, stdError, precisionDiagonal, denominator, conditionNumber };
}
