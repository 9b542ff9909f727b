/**
 * Matrix products on row-major `Float64Array` matrices: `AB`, `AᵀB`, `ABᵀ`,
 * Gram matrices `AᵀA` and `AAᵀ`, matrix–vector products, and the row-wise
 * reductions the inference pass needs.
 *
 * @module
 */
import { DimensionError } from '../errors.js';
import { type View, gemmView, getEngine, put, scratch, symmetrizeLower, take, tr } from './engine.js';
import { type Matrix, matrix } from './matrix.js';

function shapeError(op: string, A: Matrix, B: Matrix): DimensionError {
  return new DimensionError(`${op}: shapes ${A.rows}×${A.cols} and ${B.rows}×${B.cols} do not fit`);
}

/** Runs `f` on a fresh m×n engine block and returns it as a matrix. */
function product(m: number, n: number, f: (C: View) => void): Matrix {
  return getEngine().scoped(() => {
    const C = scratch(m, n);
    f(C);
    return matrix(m, n, take(C));
  });
}

/**
 * Matrix product `C = A B` (A is m×k, B is k×n): cache-blocked, packed,
 * register-tiled WebAssembly SIMD kernel split across threads (see `engine.ts`).
 * Each `C_ij = Σ_t A_it B_tj` is summed in t order.
 *
 * @example
 * matmul(fromRows([[1, 2]]), fromRows([[3], [4]])); // [[11]]
 */
export function matmul(A: Matrix, B: Matrix): Matrix {
  if (A.cols !== B.rows) throw shapeError('matmul', A, B);
  return product(A.rows, B.cols, (C) => gemmView(C, put(A.data, A.rows, A.cols), put(B.data, B.rows, B.cols), { overwrite: true }));
}

/**
 * Product `C = Aᵀ B` (A is k×m, B is k×n, C is m×n) without forming `Aᵀ`.
 *
 * @example
 * matmulTransA(X, Y); // Xᵀ Y
 */
export function matmulTransA(A: Matrix, B: Matrix): Matrix {
  if (A.rows !== B.rows) throw shapeError('matmulTransA', A, B);
  return product(A.cols, B.cols, (C) => gemmView(C, tr(put(A.data, A.rows, A.cols)), put(B.data, B.rows, B.cols), { overwrite: true }));
}

/**
 * Product `C = A Bᵀ` (A is m×k, B is n×k, C is m×n): row dot products.
 *
 * @example
 * matmulTransB(X, W); // X Wᵀ, the pre-activations
 */
export function matmulTransB(A: Matrix, B: Matrix): Matrix {
  if (A.cols !== B.cols) throw shapeError('matmulTransB', A, B);
  return product(A.rows, B.rows, (C) => gemmView(C, put(A.data, A.rows, A.cols), tr(put(B.data, B.rows, B.cols)), { overwrite: true }));
}

/**
 * Gram matrix `AᵀA` (c×c, symmetric) by a symmetric rank-k update: only the
 * lower triangle is computed (half the work of a product), then mirrored.
 *
 * @example
 * gram(Phi); // ΦᵀΦ
 */
export function gram(A: Matrix): Matrix {
  return product(A.cols, A.cols, (C) => {
    const V = put(A.data, A.rows, A.cols);
    gemmView(C, tr(V), V, { overwrite: true, lower: true });
    symmetrizeLower(C);
  });
}

/**
 * Outer Gram matrix `AAᵀ` (r×r, symmetric) by a symmetric rank-k update (lower
 * triangle computed, then mirrored).
 *
 * @example
 * outerGram(Phi); // ΦΦᵀ
 */
export function outerGram(A: Matrix): Matrix {
  return product(A.rows, A.rows, (C) => {
    const V = put(A.data, A.rows, A.cols);
    gemmView(C, V, tr(V), { overwrite: true, lower: true });
    symmetrizeLower(C);
  });
}

/**
 * Matrix–vector product `A x`.
 *
 * @example
 * matvec(Phi, alpha); // fitted values Φα̂
 */
export function matvec(A: Matrix, x: ArrayLike<number>): Float64Array {
  if (A.cols !== x.length) throw new DimensionError(`matvec: matrix ${A.rows}×${A.cols} and vector of length ${x.length} do not fit`);
  const m = A.rows, k = A.cols, a = A.data;
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    const ai = i * k;
    for (let t = 0; t < k; t++) s += a[ai + t]! * x[t]!;
    out[i] = s;
  }
  return out;
}

/**
 * Transposed matrix–vector product `Aᵀ x`.
 *
 * @example
 * matTvec(X, psiTilde); // Xᵀψ̃
 */
export function matTvec(A: Matrix, x: ArrayLike<number>): Float64Array {
  if (A.rows !== x.length) throw new DimensionError(`matTvec: matrix ${A.rows}×${A.cols} and vector of length ${x.length} do not fit`);
  const m = A.rows, k = A.cols, a = A.data;
  const out = new Float64Array(k);
  for (let i = 0; i < m; i++) {
    const xi = x[i]!;
    if (xi === 0) continue;
    const ai = i * k;
    for (let t = 0; t < k; t++) out[t] += xi * a[ai + t]!;
  }
  return out;
}

/**
 * Row-wise dot products of two matrices of one shape: `out_i = Σ_k A_ik B_ik`
 * (the diagonal of `ABᵀ` without forming it; leverages `h_i = φ_iᵀ M⁻¹ φ_i`).
 *
 * @example
 * rowDots(Phi, B); // leverages
 */
export function rowDots(A: Matrix, B: Matrix): Float64Array {
  if (A.rows !== B.rows || A.cols !== B.cols) throw shapeError('rowDots', A, B);
  const m = A.rows, k = A.cols, a = A.data, b = B.data;
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    const ai = i * k;
    for (let t = 0; t < k; t++) s += a[ai + t]! * b[ai + t]!;
    out[i] = s;
  }
  return out;
}

/**
 * Weighted column sums of a Hadamard product: `out_k = Σ_i x_i A_ik B_ik`,
 * i.e. `(A ∘ B)ᵀ x` without forming `A ∘ B` (the correction term of METHOD §2).
 *
 * @example
 * hadamardTvec(dPhi, B, psiTilde); // (Φ' ∘ B)ᵀ ψ̃
 */
export function hadamardTvec(A: Matrix, B: Matrix, x: ArrayLike<number>): Float64Array {
  if (A.rows !== B.rows || A.cols !== B.cols) throw shapeError('hadamardTvec', A, B);
  if (A.rows !== x.length) throw new DimensionError(`hadamardTvec: ${A.rows} rows and vector of length ${x.length} do not fit`);
  const m = A.rows, k = A.cols, a = A.data, b = B.data;
  const out = new Float64Array(k);
  for (let i = 0; i < m; i++) {
    const xi = x[i]!;
    if (xi === 0) continue;
    const ai = i * k;
    for (let t = 0; t < k; t++) out[t] += xi * a[ai + t]! * b[ai + t]!;
  }
  return out;
}

/**
 * Euclidean norm `‖x‖₂`, computed with scaling so that it neither overflows nor
 * underflows.
 *
 * @example
 * norm2([3, 4]); // 5
 */
export function norm2(x: ArrayLike<number>): number {
  let scale = 0, ssq = 1;
  for (let i = 0; i < x.length; i++) {
    const v = Math.abs(x[i]!);
    if (v === 0) continue;
    if (scale < v) {
      ssq = 1 + ssq * (scale / v) * (scale / v);
      scale = v;
    } else {
      ssq += (v / scale) * (v / scale);
    }
  }
  return scale * Math.sqrt(ssq);
}

/**
 * Dot product `xᵀ y`.
 *
 * @example
 * dot([1, 2], [3, 4]); // 11
 */
export function dot(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new DimensionError(`dot: vectors of length ${x.length} and ${y.length}`);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * y[i]!;
  return s;
}
