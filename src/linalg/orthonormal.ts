/**
 * Orthonormalization of the rows of a matrix.
 *
 * @module
 */
import { DimensionError, NumericalError } from '../errors.js';
import { type Matrix, copy } from './matrix.js';

/**
 * Orthonormalizes the rows of A (r ≤ c) by modified Gram–Schmidt applied twice
 * ("twice is enough"), in a new matrix. Applied to a Gaussian matrix this gives
 * rows that are Haar-distributed orthonormal frames.
 *
 * @example
 * const Q = orthonormalizeRows(G); // Q Qᵀ = I
 */
export function orthonormalizeRows(A: Matrix): Matrix {
  const { rows: r, cols: c } = A;
  if (r > c) throw new DimensionError(`orthonormalizeRows: ${r} rows cannot be orthonormal in dimension ${c}`);
  const Q = copy(A);
  const q = Q.data;
  for (let i = 0; i < r; i++) {
    const qi = i * c;
    for (let pass = 0; pass < 2; pass++) {
      for (let t = 0; t < i; t++) {
        const qt = t * c;
        let s = 0;
        for (let j = 0; j < c; j++) s += q[qi + j]! * q[qt + j]!;
        for (let j = 0; j < c; j++) q[qi + j] -= s * q[qt + j]!;
      }
    }
    let nrm = 0;
    for (let j = 0; j < c; j++) nrm += q[qi + j]! * q[qi + j]!;
    nrm = Math.sqrt(nrm);
    if (!(nrm > 0)) throw new NumericalError('orthonormalizeRows: rows are linearly dependent');
    for (let j = 0; j < c; j++) q[qi + j] /= nrm;
  }
  return Q;
}
