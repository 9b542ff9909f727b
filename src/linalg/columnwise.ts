/**
 * Column-wise reductions and row scalings used by the unknown-covariance
 * inference (METHOD §3) and the design diagnostics: sums of entrywise products
 * down each column, row scaling, differences, and the cubed inner-product sum
 * of Mardia's multivariate skewness.
 *
 * @module
 */
import { DimensionError } from '../errors.js';
import { type Matrix, matrix } from './matrix.js';

/**
 * Column sums of an entrywise product of matrices of one shape:
 * `out_j = Σ_i Π_m (A_m)_ij` (e.g. `Σ_i R_ij (Ar)_ij t_ij` for every j at once).
 *
 * @example
 * hadamardColumnSums(R, AR, T); // length p
 */
export function hadamardColumnSums(...mats: readonly Matrix[]): Float64Array {
  if (mats.length === 0) throw new DimensionError('hadamardColumnSums: give at least one matrix');
  const { rows: r, cols: c } = mats[0]!;
  for (const A of mats) {
    if (A.rows !== r || A.cols !== c) throw new DimensionError(`hadamardColumnSums: shapes ${r}×${c} and ${A.rows}×${A.cols} differ`);
  }
  const out = new Float64Array(c);
  const data = mats.map((A) => A.data);
  for (let i = 0; i < r; i++) {
    const base = i * c;
    for (let j = 0; j < c; j++) {
      let v = 1;
      for (const a of data) v *= a[base + j]!;
      out[j] += v;
    }
  }
  return out;
}

/**
 * Row scaling `diag(s) A`, in a new matrix (row i multiplied by `s_i`).
 *
 * @example
 * scaleRows(R, psi); // ψ ∘ R, column by column
 */
export function scaleRows(A: Matrix, s: ArrayLike<number>): Matrix {
  if (s.length !== A.rows) throw new DimensionError(`scaleRows: ${A.rows} rows and ${s.length} scales`);
  const out = matrix(A.rows, A.cols);
  const a = A.data, o = out.data, c = A.cols;
  for (let i = 0; i < A.rows; i++) {
    const si = s[i]!;
    for (let j = 0; j < c; j++) o[i * c + j] = si * a[i * c + j]!;
  }
  return out;
}

/**
 * Difference `A − B` of two matrices of one shape, in a new matrix.
 *
 * @example
 * subtract(B, matmul(XG, XtB)); // (I − P) B
 */
export function subtract(A: Matrix, B: Matrix): Matrix {
  if (A.rows !== B.rows || A.cols !== B.cols) {
    throw new DimensionError(`subtract: shapes ${A.rows}×${A.cols} and ${B.rows}×${B.cols} differ`);
  }
  const out = matrix(A.rows, A.cols);
  for (let i = 0; i < out.data.length; i++) out.data[i] = A.data[i]! - B.data[i]!;
  return out;
}

/**
 * Sum of cubed inner products of all pairs of rows, `Σ_{i,k} (z_iᵀ z_k)³`
 * (Mardia's multivariate skewness is this sum over n² for whitened rows).
 * Computed as `n² Σ_{a,b,c} m_abc²` with the third moments
 * `m_abc = (1/n) Σ_i z_ia z_ib z_ic` in `O(n p³/6)` when that is cheaper than
 * the pairwise `O(n² p / 2)` sum; never stores an n×n matrix.
 *
 * @example
 * cubedInnerProductSum(Z) / (n * n); // Mardia's b₁,p when Z is whitened
 */
export function cubedInnerProductSum(Z: Matrix): number {
  const n = Z.rows, p = Z.cols, z = Z.data;
  if (n * p * p * p / 6 <= (n * n * p) / 2) {
    let total = 0;
    for (let a = 0; a < p; a++) {
      for (let b = a; b < p; b++) {
        for (let c = b; c < p; c++) {
          let m = 0;
          for (let i = 0; i < n; i++) m += z[i * p + a]! * z[i * p + b]! * z[i * p + c]!;
          // multiplicity of (a, b, c) among ordered triples
          const mult = a === b && b === c ? 1 : a === b || b === c ? 3 : 6;
          total += mult * m * m;
        }
      }
    }
    return total;
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let k = i; k < n; k++) {
      let s = 0;
      for (let t = 0; t < p; t++) s += z[i * p + t]! * z[k * p + t]!;
      total += (i === k ? 1 : 2) * s * s * s;
    }
  }
  return total;
}

/**
 * Rows of A in the order given (repeats allowed), in a new matrix: `A[idx, :]`.
 *
 * @example
 * selectRows(X, [3, 3, 0]); // a bootstrap resample
 */
export function selectRows(A: Matrix, rows: readonly number[]): Matrix {
  const c = A.cols;
  const out = matrix(rows.length, c);
  rows.forEach((r, i) => {
    if (!(Number.isInteger(r) && r >= 0 && r < A.rows)) throw new DimensionError(`selectRows: row ${r} outside 0…${A.rows - 1}`);
    out.data.set(A.data.subarray(r * c, (r + 1) * c), i * c);
  });
  return out;
}

/**
 * Adds the vector v to every row of A, in place: `A ← A + 1 vᵀ`. Returns A.
 *
 * @example
 * addToRows(Z, means); // shift every row by the column means
 */
export function addToRows(A: Matrix, v: ArrayLike<number>): Matrix {
  if (v.length !== A.cols) throw new DimensionError(`addToRows: ${A.cols} columns and a vector of length ${v.length}`);
  const c = A.cols;
  for (let i = 0; i < A.rows; i++) for (let j = 0; j < c; j++) A.data[i * c + j] += v[j]!;
  return A;
}
