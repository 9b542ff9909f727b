/**
 * Ridge regression of y on the features Φ, in primal or dual form (METHOD §1–2),
 * with the quantities the inference needs: leverages, df, residuals, scaled
 * residuals, gradient weights and `B = Φ M⁻¹`.
 *
 * @module
 */
import { InvalidArgumentError, NumericalError } from '../errors.js';
import {
  type CholeskyFactor,
  type Matrix,
  addToDiagonal,
  cholesky,
  choleskyInverseDiagonal,
  choleskySolve,
  choleskySolveRows,
  choleskySolveVector,
  gram,
  matTvec,
  matvec,
  outerGram,
  rowDots,
  accurateDigits,
  trace,
} from '../linalg/index.js';
import { MIN_DIGITS, requireAccuracy } from './accuracy.js';

/** Which linear system the ridge fit solves. */
export type RidgeForm = 'primal' | 'dual';

/**
 * The ridge solution and its by-products. With `M = ΦᵀΦ + nλI_d` (primal) or
 * `K = ΦΦᵀ + nλI_n` (dual): `α̂ = M⁻¹Φᵀy = ΦᵀK⁻¹y`, `H = ΦM⁻¹Φᵀ`.
 */
export interface RidgeSolution {
  /** `"primal"` (d×d system) or `"dual"` (n×n system). */
  readonly form: RidgeForm;
  /** Ridge penalty λ ≥ 0. */
  readonly lambda: number;
  /** Second-layer weights `α̂` (length d). */
  readonly alpha: Float64Array;
  /** Fitted values `Φα̂` (length n). */
  readonly fitted: Float64Array;
  /** Residuals `ψ = y − Φα̂` (length n). */
  readonly residuals: Float64Array;
  /** Leverages `h_i = H_ii` (length n). */
  readonly leverages: Float64Array;
  /** Degrees of freedom `df = tr H`. */
  readonly df: number;
  /** Residual degrees of freedom `n − df`. In the dual form, `nλ tr K⁻¹`. */
  readonly residualDf: number;
  /** Scaled residuals `ψ̃ = ψ/(n − df)`; in the dual form `K⁻¹y / tr K⁻¹` (defined at λ = 0). */
  readonly scaledResiduals: Float64Array;
  /** Gradient weights `w_i = (1 − h_i)/(n − df)`; in the dual form `(K⁻¹)_ii / tr K⁻¹`. */
  readonly gradientWeights: Float64Array;
  /** `B = Φ M⁻¹ = K⁻¹ Φ` (n×d); row i is `(M⁻¹φ_i)ᵀ`. */
  readonly B: Matrix;
  /** Cholesky factor of M (primal) or K (dual), kept for reuse. */
  readonly factor: CholeskyFactor;
}

/**
 * Chooses the form: primal when d < n, dual when d ≥ n. At d = n both cost
 * `O(n³)`, but only the dual computes `n − df = nλ tr K⁻¹` and `ψ = nλ K⁻¹y`
 * without cancellation, so it stays accurate as λ → 0 at the interpolation
 * threshold (where the primal `n − Σ h_i` subtracts nearly equal numbers) and
 * is the one defined at λ = 0.
 *
 * @example
 * chooseForm(400, 300); // "primal"
 */
export function chooseForm(n: number, d: number): RidgeForm {
  return d < n ? 'primal' : 'dual';
}

/**
 * Solves the ridge problem `α̂ = argmin (1/2n)‖y − Φα‖² + (λ/2)‖α‖²` and the
 * quantities of METHOD §2 in the primal (`O(nd² + d³)`) or dual
 * (`O(n²d + n³)`) form. Throws a {@link NumericalError} when λ = 0 and the
 * system is singular, when it is too ill-conditioned to keep
 * {@link MIN_DIGITS} digits, or when n − df is not above the rounding level of
 * the primal form (`n − Σh_i` with each `h_i` accurate to about ε/rcond).
 *
 * @example
 * const sol = solveRidge(phi, y, 1e-3); // sol.alpha, sol.df, sol.leverages
 */
export function solveRidge(phi: Matrix, y: Float64Array, lambda: number, form: RidgeForm | 'auto' = 'auto'): RidgeSolution {
  const n = phi.rows, d = phi.cols;
  const chosen = form === 'auto' ? chooseForm(n, d) : form;
  if (chosen === 'primal') return primal(phi, y, lambda);
  if (chosen === 'dual') return dual(phi, y, lambda);
  throw new InvalidArgumentError(`ridge form must be "auto", "primal" or "dual", got "${String(form)}"`);
}

function factorize(A: Matrix, n: number, lambda: number, what: string): CholeskyFactor {
  const singular = (): NumericalError =>
    new NumericalError(`lambda = 0 but ${what} is singular (features are rank deficient); use a positive --lambda`);
  // nλ ≥ tr(ΦᵀΦ)·1e-10 bounds the condition number by about 1e10
  const suggested = Number((((trace(A) - A.rows * n * lambda) * 1e-10) / n).toPrecision(1));
  const fix = `increase --lambda (to ${suggested > 0 ? suggested : 'a larger value'} or more)`;
  let factor: CholeskyFactor;
  try {
    factor = cholesky(A, what);
  } catch (e) {
    if (!Number.isFinite(trace(A))) {
      throw new NumericalError(`${what} overflows: the features are too large for double precision; rescale the columns of X (e.g. standardize them)`);
    }
    if (e instanceof NumericalError && lambda === 0) throw singular();
    if (e instanceof NumericalError) throw new NumericalError(`${what} could not be factorized (${e.message}); ${fix}`);
    throw e;
  }
  if (lambda === 0 && accurateDigits(factor.rcond) < MIN_DIGITS) throw singular();
  requireAccuracy(factor.rcond, what, fix);
  return factor;
}

function primal(phi: Matrix, y: Float64Array, lambda: number): RidgeSolution {
  const n = phi.rows;
  const M = addToDiagonal(gram(phi), n * lambda);
  const factor = factorize(M, n, lambda, 'ΦᵀΦ + nλI');
  const B = choleskySolveRows(factor.L, phi);
  const alpha = matTvec(B, y);
  const leverages = rowDots(phi, B);
  const fitted = matvec(phi, alpha);
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) residuals[i] = y[i]! - fitted[i]!;
  let df = 0;
  for (let i = 0; i < n; i++) df += leverages[i]!;
  const residualDf = n - df;
  // each h_i carries a rounding error up to about ε/rcond, so n − Σh_i is known to about nε/rcond
  const roundingLevel = (n * Number.EPSILON) / factor.rcond;
  if (!(residualDf > 10 ** MIN_DIGITS * roundingLevel)) {
    throw new NumericalError(
      `n − df = ${residualDf.toPrecision(3)} is not above the rounding level ${roundingLevel.toPrecision(2)} of the primal form: ` +
        `the network (nearly) interpolates the data (df = ${df.toPrecision(6)} of n = ${n}); use the dual form (automatic when d ≥ n) or a larger --lambda`,
    );
  }
  const scaledResiduals = residuals.map((r) => r / residualDf);
  const gradientWeights = leverages.map((h) => (1 - h) / residualDf);
  return { form: 'primal', lambda, alpha, fitted, residuals, leverages, df, residualDf, scaledResiduals, gradientWeights, B, factor };
}

function dual(phi: Matrix, y: Float64Array, lambda: number): RidgeSolution {
  const n = phi.rows;
  const K = addToDiagonal(outerGram(phi), n * lambda);
  const factor = factorize(K, n, lambda, 'ΦΦᵀ + nλI');
  const B = choleskySolve(factor.L, phi);
  const v = choleskySolveVector(factor.L, y);
  const alpha = matTvec(phi, v);
  const kinvDiag = choleskyInverseDiagonal(factor.L);
  let tr = 0;
  for (let i = 0; i < n; i++) tr += kinvDiag[i]!;
  const nl = n * lambda;
  const residuals = v.map((vi) => nl * vi);
  const fitted = y.map((yi, i) => yi - residuals[i]!);
  const leverages = kinvDiag.map((k) => 1 - nl * k);
  const residualDf = nl * tr;
  const df = n - residualDf;
  const scaledResiduals = v.map((vi) => vi / tr);
  const gradientWeights = kinvDiag.map((k) => k / tr);
  return { form: 'dual', lambda, alpha, fitted, residuals, leverages, df, residualDf, scaledResiduals, gradientWeights, B, factor };
}
