/**
 * Symmetric eigendecomposition `A = V diag(s) Vᵀ`: Householder
 * tridiagonalization with accumulated transformations followed by the implicit
 * QL algorithm with Wilkinson-type shifts (the EISPACK tred2/tql2 pair, as in
 * JAMA), on `Float64Array`s. The transformations are kept transposed so that
 * every inner loop runs over contiguous memory.
 *
 * @module
 */
import { NumericalError } from '../errors.js';
import { type Matrix, assertSquare, matrix } from './matrix.js';

/** Eigenvalues (ascending) and orthonormal eigenvectors (columns of `vectors`). */
export interface SymmetricEigen {
  /** Eigenvalues `s_1 ≤ … ≤ s_n`. */
  readonly values: Float64Array;
  /** n×n matrix whose column k is the unit eigenvector of `values[k]`. */
  readonly vectors: Matrix;
}

/**
 * Householder reduction of the symmetric matrix held in `t` (n×n, row-major,
 * read as Vᵀ) to tridiagonal form: on return `d` is the diagonal, `e` the
 * subdiagonal (in e[1..n−1]) and, when `accumulate`, `t` holds Qᵀ with
 * `Qᵀ A Q` tridiagonal (otherwise `t` is left as scratch).
 */
function tridiagonalize(n: number, t: Float64Array, d: Float64Array, e: Float64Array, accumulate: boolean): void {
  // V(r, c) = t[c * n + r]
  for (let j = 0; j < n; j++) d[j] = t[j * n + n - 1]!;
  for (let i = n - 1; i > 0; i--) {
    let scale = 0, h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]!);
    if (scale === 0) {
      e[i] = d[i - 1]!;
      for (let j = 0; j < i; j++) {
        d[j] = t[j * n + i - 1]!;
        t[j * n + i] = 0;
        t[i * n + j] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] = d[k]! / scale;
        h += d[k]! * d[k]!;
      }
      let f = d[i - 1]!;
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        const tj = j * n; // column j of V
        f = d[j]!;
        t[i * n + j] = f; // V(j, i)
        g = e[j]! + t[tj + j]! * f;
        for (let k = j + 1; k <= i - 1; k++) {
          const v = t[tj + k]!;
          g += v * d[k]!;
          e[k] += v * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] = e[j]! / h;
        f += e[j]! * d[j]!;
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] -= hh * d[j]!;
      for (let j = 0; j < i; j++) {
        const tj = j * n;
        f = d[j]!;
        g = e[j]!;
        for (let k = j; k <= i - 1; k++) t[tj + k] -= f * e[k]! + g * d[k]!;
        d[j] = t[tj + i - 1]!;
        t[tj + i] = 0;
      }
    }
    d[i] = h;
  }
  e[0] = 0;
  if (!accumulate) {
    // the diagonal of the tridiagonal form is left on the diagonal of t (tred1)
    for (let j = 0; j < n; j++) d[j] = t[j * n + j]!;
    return;
  }
  // Accumulate the transformations.
  for (let i = 0; i < n - 1; i++) {
    t[i * n + n - 1] = t[i * n + i]!;
    t[i * n + i] = 1;
    const h = d[i + 1]!;
    const ti1 = (i + 1) * n;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = t[ti1 + k]! / h;
      for (let j = 0; j <= i; j++) {
        const tj = j * n;
        let g = 0;
        for (let k = 0; k <= i; k++) g += t[ti1 + k]! * t[tj + k]!;
        for (let k = 0; k <= i; k++) t[tj + k] -= g * d[k]!;
      }
    }
    for (let k = 0; k <= i; k++) t[ti1 + k] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = t[j * n + n - 1]!;
    t[j * n + n - 1] = 0;
  }
  t[(n - 1) * n + n - 1] = 1;
}

/**
 * Implicit QL iterations on the tridiagonal (d, e), applying the rotations to
 * the rows of `t` (the transposed eigenvector matrix) when `t` is given.
 */
function tridiagonalQl(n: number, t: Float64Array | undefined, d: Float64Array, e: Float64Array): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0, tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]!) > eps * tst1) m++;
    if (m > l) {
      let iter = 0;
      do {
        if (++iter > 60 * n + 100) throw new NumericalError('symmetricEigen: the QL iteration did not converge (is the matrix finite?)');
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m]!;
        let c = 1, c2 = c, c3 = c, s = 0, s2 = 0;
        const el1 = e[l + 1]!;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.hypot(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          if (t === undefined) continue;
          const ti = i * n, ti1 = (i + 1) * n;
          for (let k = 0; k < n; k++) {
            const hk = t[ti1 + k]!, vk = t[ti + k]!;
            t[ti1 + k] = s * vk + c * hk;
            t[ti + k] = c * vk - s * hk;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
}

/**
 * Eigendecomposition of a symmetric matrix, `A = V diag(s) Vᵀ`, eigenvalues
 * ascending (METHOD §4, §5): Householder tridiagonalization then implicit QL,
 * `O(n³)` (about 9n³ flops with the vectors). Only symmetry of A is assumed.
 *
 * @example
 * const { values, vectors } = symmetricEigen(gram(Phi));
 */
export function symmetricEigen(A: Matrix): SymmetricEigen {
  assertSquare(A, 'symmetricEigen');
  const n = A.rows;
  if (n === 0) return { values: new Float64Array(0), vectors: matrix(0, 0) };
  for (const v of A.data) if (!Number.isFinite(v)) throw new NumericalError('symmetricEigen: the matrix has a non-finite entry');
  const t = A.data.slice(); // Vᵀ = A for a symmetric A
  const d = new Float64Array(n), e = new Float64Array(n);
  tridiagonalize(n, t, d, e, true);
  tridiagonalQl(n, t, d, e);
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => d[i]! - d[j]! || i - j);
  const values = Float64Array.from(order, (i) => d[i]!);
  // t holds the eigenvectors as rows: column k of V is row order[k] of t
  const vectors = matrix(n, n);
  const v = vectors.data;
  order.forEach((src, k) => {
    const row = src * n;
    for (let i = 0; i < n; i++) v[i * n + k] = t[row + i]!;
  });
  return { values, vectors };
}

/**
 * Eigenvalues of a symmetric matrix, ascending, without the eigenvectors: the
 * same Householder reduction and implicit QL as {@link symmetricEigen} without
 * accumulating the transformations or rotating vectors (the EISPACK tred1/tql1
 * pair), about `4n³/3` flops against `9n³`. For condition numbers and spectra.
 *
 * @example
 * Array.from(symmetricEigenvalues(fromRows([[2, 1], [1, 2]]))); // [1, 3]
 */
export function symmetricEigenvalues(A: Matrix): Float64Array {
  assertSquare(A, 'symmetricEigenvalues');
  const n = A.rows;
  if (n === 0) return new Float64Array(0);
  for (const v of A.data) if (!Number.isFinite(v)) throw new NumericalError('symmetricEigenvalues: the matrix has a non-finite entry');
  const t = A.data.slice();
  const d = new Float64Array(n), e = new Float64Array(n);
  tridiagonalize(n, t, d, e, false);
  tridiagonalQl(n, undefined, d, e);
  return d.sort();
}
