/**
 * Dense row-major matrices on `Float64Array`. Entry (i, j) of an r×c matrix is
 * `data[i * c + j]`. All dense linear algebra of rfci goes through
 * `src/linalg`; nothing else loops over matrix entries.
 *
 * @module
 */
import { DimensionError } from '../errors.js';
import { allocateMatrixData } from './recycling.js';

/** A dense r×c matrix stored row-major in a `Float64Array` of length r·c. */
export interface Matrix {
  /** Number of rows. */
  readonly rows: number;
  /** Number of columns. */
  readonly cols: number;
  /** Row-major entries: (i, j) is `data[i * cols + j]`. */
  readonly data: Float64Array;
}

/**
 * Creates an r×c matrix, zero-filled or wrapping `data` (not copied).
 *
 * @example
 * const A = matrix(2, 2, new Float64Array([1, 2, 3, 4]));
 */
export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new DimensionError(`matrix shape must be non-negative integers, got ${rows}×${cols}`);
  }
  if (data === undefined) return { rows, cols, data: allocateMatrixData(rows * cols) };
  if (data.length !== rows * cols) {
    throw new DimensionError(`matrix data has ${data.length} entries, expected ${rows}×${cols} = ${rows * cols}`);
  }
  return { rows, cols, data };
}

/**
 * Builds a matrix from an array of rows; every row must have the same length.
 *
 * @example
 * const A = fromRows([[1, 2], [3, 4]]); // 2×2
 */
export function fromRows(rows: ReadonlyArray<ArrayLike<number>>, name = 'matrix'): Matrix {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0]!.length;
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    const row = rows[i]!;
    if (row.length !== c) {
      throw new DimensionError(`${name}: row ${i + 1} has ${row.length} entries, expected ${c} (every row must have the same length)`);
    }
    for (let j = 0; j < c; j++) out[i * c + j] = row[j]!;
  }
  return { rows: r, cols: c, data: out };
}

/**
 * Returns the rows of a matrix as plain arrays (for JSON output and tests).
 *
 * @example
 * toRows(identity(2)); // [[1, 0], [0, 1]]
 */
export function toRows(A: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < A.rows; i++) out.push(Array.from(A.data.subarray(i * A.cols, (i + 1) * A.cols)));
  return out;
}

/**
 * The n×n identity matrix, optionally scaled: `s·I_n`.
 *
 * @example
 * identity(3, 2); // 2·I₃
 */
export function identity(n: number, scale = 1): Matrix {
  const A = matrix(n, n);
  for (let i = 0; i < n; i++) A.data[i * n + i] = scale;
  return A;
}

/**
 * Transpose `Aᵀ`, a new c×r matrix.
 *
 * @example
 * transpose(fromRows([[1, 2, 3]])); // 3×1
 */
export function transpose(A: Matrix): Matrix {
  const { rows: r, cols: c, data } = A;
  const out = new Float64Array(r * c);
  const bs = 32;
  for (let i0 = 0; i0 < r; i0 += bs) {
    const i1 = Math.min(r, i0 + bs);
    for (let j0 = 0; j0 < c; j0 += bs) {
      const j1 = Math.min(c, j0 + bs);
      for (let i = i0; i < i1; i++) {
        for (let j = j0; j < j1; j++) out[j * r + i] = data[i * c + j]!;
      }
    }
  }
  return { rows: c, cols: r, data: out };
}

/**
 * Diagonal of a square matrix.
 *
 * @example
 * diagonal(identity(2)); // Float64Array [1, 1]
 */
export function diagonal(A: Matrix): Float64Array {
  assertSquare(A, 'diagonal');
  const n = A.rows;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = A.data[i * n + i]!;
  return out;
}

/**
 * Adds `s` to the diagonal in place: `A ← A + s·I`. Returns `A`.
 *
 * @example
 * addToDiagonal(gram(Phi), n * lambda); // ΦᵀΦ + nλI
 */
export function addToDiagonal(A: Matrix, s: number): Matrix {
  assertSquare(A, 'addToDiagonal');
  const n = A.rows;
  for (let i = 0; i < n; i++) A.data[i * n + i] += s;
  return A;
}

/**
 * Trace `tr A = Σ_i A_ii`.
 *
 * @example
 * trace(identity(3)); // 3
 */
export function trace(A: Matrix): number {
  assertSquare(A, 'trace');
  const n = A.rows;
  let s = 0;
  for (let i = 0; i < n; i++) s += A.data[i * n + i]!;
  return s;
}

/**
 * Column j of A as a new vector.
 *
 * @example
 * column(fromRows([[1, 2], [3, 4]]), 1); // [2, 4]
 */
export function column(A: Matrix, j: number): Float64Array {
  const out = new Float64Array(A.rows);
  for (let i = 0; i < A.rows; i++) out[i] = A.data[i * A.cols + j]!;
  return out;
}

/**
 * Selects columns of A (in the order given) into a new matrix.
 *
 * @example
 * selectColumns(A, [0, 2]);
 */
export function selectColumns(A: Matrix, cols: readonly number[]): Matrix {
  const k = cols.length;
  const out = new Float64Array(A.rows * k);
  for (let i = 0; i < A.rows; i++) {
    for (let t = 0; t < k; t++) out[i * k + t] = A.data[i * A.cols + cols[t]!]!;
  }
  return { rows: A.rows, cols: k, data: out };
}

/**
 * Centers each column in place (subtracts its mean) and returns the means.
 *
 * @example
 * const means = centerColumns(X);
 */
export function centerColumns(A: Matrix): Float64Array {
  const { rows: n, cols: p, data } = A;
  const means = new Float64Array(p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) means[j] += data[i * p + j]!;
  for (let j = 0; j < p; j++) means[j] /= n;
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) data[i * p + j] -= means[j]!;
  return means;
}

/**
 * Scales each column j in place by `s[j]`: `A ← A diag(s)`.
 *
 * @example
 * scaleColumns(X, inverseSds);
 */
export function scaleColumns(A: Matrix, s: ArrayLike<number>): Matrix {
  const { rows: n, cols: p, data } = A;
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) data[i * p + j] *= s[j]!;
  return A;
}

/**
 * Copy of a matrix.
 *
 * @example
 * const B = copy(A);
 */
export function copy(A: Matrix): Matrix {
  return { rows: A.rows, cols: A.cols, data: A.data.slice() };
}

/**
 * Throws a {@link DimensionError} naming `what` unless A is square.
 *
 * @example
 * assertSquare(identity(3), 'trace'); // passes; a 2×3 matrix would throw
 */
export function assertSquare(A: Matrix, what: string): void {
  if (A.rows !== A.cols) throw new DimensionError(`${what}: matrix must be square, got ${A.rows}×${A.cols}`);
}
