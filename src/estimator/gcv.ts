/**
 * The whole ridge path from one eigendecomposition, and the penalty that gives
 * the shortest intervals: generalized cross-validation (METHOD §5).
 *
 * @module
 */
import { DimensionError, InvalidArgumentError } from '../errors.js';
import { type Matrix, matTvec, matmul, matvec, selectColumns, symmetricEigen } from '../linalg/index.js';
import { minimizeOnGrid } from '../numerics/minimize.js';
import { asVector } from '../validate/inputs.js';
import { chooseForm, ridgeGram } from './ridge.js';

/**
 * Ridge fits of y on Φ for every λ, from the eigendecomposition of the smaller
 * of `ΦᵀΦ` and `ΦΦᵀ`. With `ΦΦᵀ = Σ_k e_k u_k u_kᵀ` (e_k > 0, `rank` terms),
 * `z = Uᵀy` and `r0 = y − U z` (the part of y outside the column space of Φ):
 * `ψ(λ) = r0 + Σ_k c_k z_k u_k`, `n − df(λ) = (n − rank) + Σ_k c_k`, with
 * `c_k = nλ/(e_k + nλ)`. Each evaluation costs O(rank) (ψ itself O(n·rank)).
 */
export interface RidgePath {
  /** Sample size n. */
  readonly n: number;
  /** Width d (columns of Φ). */
  readonly d: number;
  /** Rank of Φ (eigenvalues above `max(n, d)·ε·e_max`). */
  readonly rank: number;
  /** Positive eigenvalues `e_k` of `ΦΦᵀ` (equivalently of `ΦᵀΦ`). */
  readonly eigenvalues: Float64Array;
  /** Degrees of freedom `df(λ) = Σ_k e_k/(e_k + nλ)`. */
  df(lambda: number): number;
  /** Residual norm `‖ψ(λ)‖`. */
  residualNorm(lambda: number): number;
  /** Residuals `ψ(λ) = y − Φα̂(λ)` (length n). */
  residuals(lambda: number): Float64Array;
  /**
   * `‖ψ‖/(n − df)`, proportional to the interval length (METHOD §2, §5).
   * At λ = 0 its limit: `‖r0‖/(n − rank)` if rank < n, else
   * `√(Σ z_k²/e_k²) / Σ 1/e_k` (the minimum-norm interpolator).
   */
  criterion(lambda: number): number;
}

/**
 * Builds the {@link RidgePath} of y on Φ: one symmetric eigendecomposition of
 * `ΦᵀΦ` (d < n) or `ΦΦᵀ` (d ≥ n), `O(n·min(n, d)² + min(n, d)³)`.
 * `gramMatrix`, when given, is that Gram matrix already computed
 * (`ridgeGram(phi, chooseForm(n, d))`); it is read, not changed.
 *
 * @example
 * const path = ridgePath(phi, y);
 * path.df(1e-3); path.criterion(1e-3);
 */
export function ridgePath(phi: Matrix, yin: ArrayLike<number>, gramMatrix?: Matrix): RidgePath {
  const n = phi.rows, d = phi.cols;
  const y = asVector(yin, 'y', n);
  const form = chooseForm(n, d);
  const primal = form === 'primal';
  const size = primal ? d : n;
  if (gramMatrix !== undefined && (gramMatrix.rows !== size || gramMatrix.cols !== size)) {
    throw new DimensionError(`ridgePath: the ${form} Gram matrix must be ${size}×${size}, got ${gramMatrix.rows}×${gramMatrix.cols}`);
  }
  const eig = symmetricEigen(gramMatrix ?? ridgeGram(phi, form));
  const emax = eig.values[eig.values.length - 1]!;
  const threshold = Math.max(n, d) * Number.EPSILON * emax;
  const keep: number[] = [];
  for (let k = 0; k < eig.values.length; k++) if (eig.values[k]! > threshold) keep.push(k);
  const rank = keep.length;
  const e = Float64Array.from(keep, (k) => eig.values[k]!);
  // U (n×rank): eigenvectors of ΦΦᵀ, or Φ v_k/√e_k from those of ΦᵀΦ
  // the kept columns are the last `rank` (eigenvalues ascending); copy them only when some are dropped
  const V = rank === eig.vectors.cols ? eig.vectors : selectColumns(eig.vectors, keep);
  const U = primal ? matmul(phi, V) : V;
  if (primal) for (let i = 0; i < n; i++) for (let c = 0; c < rank; c++) U.data[i * rank + c]! /= Math.sqrt(e[c]!);
  const z = matTvec(U, y);
  const fittedInSpan = matvec(U, z);
  const r0 = y.map((v, i) => v - fittedInSpan[i]!);
  let r0Squared = 0;
  for (let i = 0; i < n; i++) r0Squared += r0[i]! * r0[i]!;
  const outside = n - rank;
  const shrink = (lambda: number): Float64Array => {
    if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new InvalidArgumentError(`ridge penalty lambda must be a finite number ≥ 0, got ${lambda}`);
    return e.map((ek) => (n * lambda) / (ek + n * lambda));
  };
  return {
    n,
    d,
    rank,
    eigenvalues: e,
    df(lambda) {
      return rank - shrink(lambda).reduce((s, c) => s + c, 0);
    },
    residualNorm(lambda) {
      const c = shrink(lambda);
      let s = r0Squared;
      for (let k = 0; k < rank; k++) s += (c[k]! * z[k]!) ** 2;
      return Math.sqrt(s);
    },
    residuals(lambda) {
      const c = shrink(lambda);
      return matvec(U, z.map((zk, k) => c[k]! * zk)).map((v, i) => v + r0[i]!);
    },
    criterion(lambda) {
      if (lambda === 0 && outside > 0) return Math.sqrt(r0Squared) / outside;
      if (outside === 0) {
        // scale-free form (λ cancels): c_k ∝ 1/(e_k + nλ)
        let num = 0, den = 0;
        for (let k = 0; k < rank; k++) {
          const ck = 1 / (e[k]! + n * lambda);
          num += (ck * z[k]!) ** 2;
          den += ck;
        }
        return Math.sqrt(num) / den;
      }
      const c = shrink(lambda);
      let num = r0Squared, den = outside;
      for (let k = 0; k < rank; k++) {
        num += (c[k]! * z[k]!) ** 2;
        den += c[k]!;
      }
      return Math.sqrt(num) / den;
    },
  };
}

/** Options of {@link gcvLambda}. */
export interface GcvOptions {
  /** Smallest λ of the grid. Default `1e-8 · median(e_k)/n`. */
  lower?: number;
  /** Largest λ of the grid. Default `1e4 · median(e_k)/n`. */
  upper?: number;
  /** Number of log-spaced grid points. Default 97 (8 per decade). */
  gridSize?: number;
  /** Also consider λ = 0 when Φ has full rank min(n, d). Default true. */
  allowZero?: boolean;
  /** The Gram matrix `ΦᵀΦ` (d < n) or `ΦΦᵀ` (d ≥ n) when already computed (see {@link ridgePath}); read, not changed. */
  gram?: Matrix;
}

/** The penalty chosen by {@link gcvLambda} and the path it was chosen from. */
export interface GcvSelection {
  /** The chosen λ. */
  readonly lambda: number;
  /** `‖ψ‖/(n − df)` at the chosen λ. */
  readonly criterion: number;
  /** Degrees of freedom at the chosen λ. */
  readonly df: number;
  /** `"lower"` or `"upper"` when the minimum is at an end of the grid (`"zero"` for λ = 0), else `null`. */
  readonly boundary: 'zero' | 'lower' | 'upper' | null;
  /** The grid and its criterion values. */
  readonly grid: {
    /** The λ values, increasing. */
    readonly lambda: number[];
    /** The criterion $\|\psi\|/(n - \mathrm{df})$ at each λ. */
    readonly criterion: number[];
  };
}

/**
 * The ridge penalty that minimises `‖ψ‖/(n − df)` — generalized
 * cross-validation, which here is the λ with the shortest confidence
 * intervals (METHOD §5). One eigendecomposition serves the whole path
 * ({@link ridgePath}); the criterion is scanned on a log grid, refined by
 * golden-section search in log λ around the best grid point; λ = 0 is taken
 * when the minimum sits at the lower end and the ridgeless fit is shorter.
 *
 * @example
 * const { lambda } = gcvLambda(featureMaps(X, W, getActivation('relu')).phi, y);
 */
export function gcvLambda(phi: Matrix, y: ArrayLike<number>, options: GcvOptions = {}): GcvSelection {
  if (phi.rows !== y.length) throw new DimensionError(`Φ has ${phi.rows} rows but y has length ${y.length}`);
  const path = ridgePath(phi, y, options.gram);
  const n = path.n;
  if (path.rank === 0) throw new InvalidArgumentError('the features Φ are all zero: no penalty can be chosen');
  const sorted = Float64Array.from(path.eigenvalues).sort();
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const lower = options.lower ?? (1e-8 * median) / n;
  const upper = options.upper ?? (1e4 * median) / n;
  const size = options.gridSize ?? 97;
  if (!(lower > 0 && upper > lower && Number.isFinite(upper))) throw new InvalidArgumentError(`GCV grid needs 0 < lower < upper, got [${lower}, ${upper}]`);
  if (!Number.isInteger(size) || size < 3) throw new InvalidArgumentError(`GCV grid size must be an integer ≥ 3, got ${size}`);
  const best = minimizeOnGrid((t) => path.criterion(Math.exp(t)), Math.log(lower), Math.log(upper), size);
  const grid = { lambda: best.grid.x.map(Math.exp), criterion: best.grid.value };
  const select = (lambda: number, boundary: GcvSelection['boundary']): GcvSelection => ({
    lambda,
    criterion: path.criterion(lambda),
    df: path.df(lambda),
    boundary,
    grid,
  });
  if (best.boundary === 'lower') {
    const fullRank = path.rank === Math.min(n, path.d);
    if ((options.allowZero ?? true) && fullRank && path.criterion(0) <= best.value) return select(0, 'zero');
    return select(lower, 'lower');
  }
  return select(best.boundary === 'upper' ? upper : Math.exp(best.x), best.boundary);
}
