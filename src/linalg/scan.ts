/**
 * Scans of a matrix for degenerate entries and columns: the checks behind
 * rfci's refusals and warnings (non-finite features, constant columns).
 *
 * @module
 */
import type { Matrix } from './matrix.js';

/**
 * Position `{ row, col }` (0-based) of the first entry that is NaN or ±∞, in
 * row-major order, or `undefined` when every entry is finite.
 *
 * @example
 * firstNonFinite(fromRows([[1, 2], [Infinity, 4]])); // { row: 1, col: 0 }
 */
export function firstNonFinite(A: Matrix): { row: number; col: number } | undefined {
  const a = A.data;
  for (let k = 0; k < a.length; k++) {
    if (!Number.isFinite(a[k]!)) return { row: Math.floor(k / A.cols), col: k % A.cols };
  }
  return undefined;
}

/**
 * Indices (0-based, ascending) of the columns whose entries are all exactly
 * equal (a column of zeros included), in one pass over the matrix.
 *
 * @example
 * constantColumns(fromRows([[1, 0, 3], [2, 0, 3]])); // [1, 2]
 */
export function constantColumns(A: Matrix): number[] {
  const { rows, cols, data } = A;
  const constant = new Uint8Array(cols).fill(1);
  for (let i = 1; i < rows; i++) {
    const o = i * cols;
    for (let j = 0; j < cols; j++) if (data[o + j] !== data[j]) constant[j] = 0;
  }
  const out: number[] = [];
  for (let j = 0; j < cols; j++) if (constant[j]) out.push(j);
  return out;
}
