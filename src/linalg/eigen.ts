/**
 * Symmetric eigendecomposition `A = V diag(s) Vᵀ`.
 *
 * @module
 */
import { EigenvalueDecomposition, Matrix as MlMatrix } from 'ml-matrix';
import { type Matrix, assertSquare, fromRows } from './matrix.js';

/** Eigenvalues (ascending) and orthonormal eigenvectors (columns of `vectors`). */
export interface SymmetricEigen {
  /** Eigenvalues `s_1 ≤ … ≤ s_n`. */
  readonly values: Float64Array;
  /** n×n matrix whose column k is the unit eigenvector of `values[k]`. */
  readonly vectors: Matrix;
}

/**
 * Eigendecomposition of a symmetric matrix, `A = V diag(s) Vᵀ`, eigenvalues
 * ascending (METHOD §4, §5).
 *
 * @example
 * const { values, vectors } = symmetricEigen(gram(Phi));
 */
export function symmetricEigen(A: Matrix): SymmetricEigen {
  assertSquare(A, 'symmetricEigen');
  const n = A.rows;
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) rows.push(Array.from(A.data.subarray(i * n, (i + 1) * n)));
  const evd = new EigenvalueDecomposition(new MlMatrix(rows), { assumeSymmetric: true });
  const vals = evd.realEigenvalues;
  const order = vals.map((_, i) => i).sort((i, j) => vals[i]! - vals[j]!);
  const V = evd.eigenvectorMatrix.to2DArray();
  const values = Float64Array.from(order, (i) => vals[i]!);
  const vectors = fromRows(V.map((row) => order.map((i) => row[i]!)));
  return { values, vectors };
}
