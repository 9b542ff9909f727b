/**
 * Ridge regression of y on the features Φ, in primal or dual form (METHOD §1–2),
 * with the quantities the inference needs: leverages, df, residuals, scaled
 * residuals, gradient weights and `B = Φ M⁻¹`.
 *
 * @module
 */
import { DimensionError, InvalidArgumentError, NumericalError } from '../errors.js';
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
 * The ridge solution and its by-products (METHOD §2). With
 * $M = \Phi^\top\Phi + n\lambda I_d$ (primal) or $K = \Phi\Phi^\top + n\lambda I_n$ (dual):
 * $\hat\alpha = M^{-1}\Phi^\top y = \Phi^\top K^{-1} y$ and the hat matrix $H = \Phi M^{-1}\Phi^\top$.
 */
export interface RidgeSolution {
  /** `"primal"` (d×d system) or `"dual"` (n×n system). */
  readonly form: RidgeForm;
  /** Ridge penalty λ ≥ 0. */
  readonly lambda: number;
  /** Second-layer weights $\hat\alpha$ (length d). */
  readonly alpha: Float64Array;
  /** Fitted values $\Phi\hat\alpha$ (length n). */
  readonly fitted: Float64Array;
  /** Residuals $\psi = y - \Phi\hat\alpha$ (length n). */
  readonly residuals: Float64Array;
  /** Leverages $h_i = H_{ii} = \varphi_i^\top M^{-1}\varphi_i$ (length n). */
  readonly leverages: Float64Array;
  /** Degrees of freedom $\mathrm{df} = \operatorname{tr} H = \sum_i h_i$. */
  readonly df: number;
  /** Residual degrees of freedom $n - \mathrm{df}$; in the dual form $n\lambda\operatorname{tr}K^{-1}$. */
  readonly residualDf: number;
  /** Scaled residuals $\tilde\psi = \psi/(n - \mathrm{df})$ (length n); in the dual form $K^{-1}y/\operatorname{tr}K^{-1}$ (defined at $\lambda = 0$). */
  readonly scaledResiduals: Float64Array;
  /** Gradient weights $w_i = (1 - h_i)/(n - \mathrm{df})$ (length n); in the dual form $(K^{-1})_{ii}/\operatorname{tr}K^{-1}$. */
  readonly gradientWeights: Float64Array;
  /** $B = \Phi M^{-1} = K^{-1}\Phi$ (n×d); row i is $(M^{-1}\varphi_i)^\top$. */
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
 * Solves the ridge problem
 *
 * $$\hat\alpha = \arg\min_\alpha \frac{1}{2n}\|y - \Phi\alpha\|^2 + \frac{\lambda}{2}\|\alpha\|^2$$
 *
 * for features $\Phi$ (n×d) and response y (length n), with the quantities
 * of METHOD §2, in the primal ($O(nd^2 + d^3)$) or dual ($O(n^2 d + n^3)$)
 * form. The dual form is stable at $\lambda = 0$ with $d > n$ (the
 * minimum-norm interpolator): there $\tilde\psi = K^{-1}y/\operatorname{tr}K^{-1}$
 * and $w_i = (K^{-1})_{ii}/\operatorname{tr}K^{-1}$, and $\lambda$ cancels.
 * Throws a {@link NumericalError} when λ = 0 and the system is singular, when
 * it is too ill-conditioned to keep {@link MIN_DIGITS} digits, or when
 * $n - \mathrm{df}$ is not above the rounding level of the primal form
 * ($n - \sum_i h_i$ with each $h_i$ accurate to about ε/rcond).
 *
 * `gramMatrix`, when given, is the Gram matrix of the chosen form already
 * computed (`gram(Φ)` primal, `outerGram(Φ)` dual, see {@link ridgeGram}); it
 * is used in place of a new one and overwritten (nλ is added to its diagonal).
 *
 * @example
 * const { phi } = featureMaps(X, drawFirstLayer({ width: 30, inputDimension: X.cols }), relu);
 * const sol = solveRidge(phi, y, 1e-3);
 * sol.form; // 'primal'
 * sol.df; // tr H, between 0 and 30
 */
export function solveRidge(phi: Matrix, y: Float64Array, lambda: number, form: RidgeForm | 'auto' = 'auto', gramMatrix?: Matrix): RidgeSolution {
  const n = phi.rows, d = phi.cols;
  const chosen = form === 'auto' ? chooseForm(n, d) : form;
  if (chosen !== 'primal' && chosen !== 'dual') throw new InvalidArgumentError(`ridge form must be "auto", "primal" or "dual", got "${String(form)}"`);
  const size = chosen === 'primal' ? d : n;
  if (gramMatrix !== undefined && (gramMatrix.rows !== size || gramMatrix.cols !== size)) {
    throw new DimensionError(`solveRidge: the ${chosen} Gram matrix must be ${size}×${size}, got ${gramMatrix.rows}×${gramMatrix.cols}`);
  }
  const G = gramMatrix ?? ridgeGram(phi, chosen);
  return chosen === 'primal' ? primal(phi, y, lambda, G) : dual(phi, y, lambda, G);
}

/**
 * The Gram matrix of a ridge form: `ΦᵀΦ` (d×d) for the primal, `ΦΦᵀ` (n×n)
 * for the dual. Computed once, it serves both the GCV path
 * ({@link ridgePath}) and the solve ({@link solveRidge}).
 *
 * @example
 * ridgeGram(phi, chooseForm(phi.rows, phi.cols)); // ΦᵀΦ when d < n
 */
export function ridgeGram(phi: Matrix, form: RidgeForm): Matrix {
  return form === 'primal' ? gram(phi) : outerGram(phi);
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

function primal(phi: Matrix, y: Float64Array, lambda: number, G: Matrix): RidgeSolution {
  const n = phi.rows;
  const M = addToDiagonal(G, n * lambda);
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

function dual(phi: Matrix, y: Float64Array, lambda: number, G: Matrix): RidgeSolution {
  const n = phi.rows;
  const K = addToDiagonal(G, n * lambda);
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
