import { describe, expect, it } from 'vitest';
import {
  addToDiagonal,
  cholesky,
  choleskyInverse,
  choleskyInverseDiagonal,
  choleskySolve,
  createGenerator,
  fromRows,
  gram,
  hadamardTvec,
  matmul,
  matmulTransA,
  matmulTransB,
  matrix,
  matTvec,
  matvec,
  norm2,
  outerGram,
  rowDots,
  symmetricEigen,
  transpose,
  type Matrix,
} from '../../src/index.js';
import { expectClose } from '../helpers/vectors.js';

function random(r: number, c: number, seed: number): Matrix {
  const A = matrix(r, c);
  createGenerator(seed, 'linalg-test').fillNormal(A.data);
  return A;
}

/** Reference product by the definition C_ij = Σ_t A_it B_tj. */
function naive(A: Matrix, B: Matrix): Float64Array {
  const C = new Float64Array(A.rows * B.cols);
  for (let i = 0; i < A.rows; i++) for (let j = 0; j < B.cols; j++) {
    let s = 0;
    for (let t = 0; t < A.cols; t++) s += A.data[i * A.cols + t]! * B.data[t * B.cols + j]!;
    C[i * B.cols + j] = s;
  }
  return C;
}

describe('products', () => {
  const A = random(7, 5, 1), B = random(5, 9, 2), C = random(7, 9, 3);
  it('AB, AᵀB, ABᵀ, AᵀA, AAᵀ equal the definition', () => {
    expectClose(matmul(A, B).data, naive(A, B), 1e-13, 1);
    expectClose(matmulTransA(A, C).data, naive(transpose(A), C), 1e-13, 1);
    expectClose(matmulTransB(A, transpose(B)).data, naive(A, B), 1e-13, 1);
    expectClose(gram(A).data, naive(transpose(A), A), 1e-13, 1);
    expectClose(outerGram(A).data, naive(A, transpose(A)), 1e-13, 1);
  });
  it('vector products and reductions', () => {
    const x = random(5, 1, 4).data, z = random(7, 1, 5).data;
    expectClose(matvec(A, x), naive(A, matrix(5, 1, x)), 1e-13, 1);
    expectClose(matTvec(A, z), naive(transpose(A), matrix(7, 1, z)), 1e-13, 1);
    const D = random(7, 5, 6);
    const rd = rowDots(A, D);
    for (let i = 0; i < 7; i++) expectClose(rd[i]!, naive(A, transpose(D))[i * 7 + i]!, 1e-13, 1);
    const h = hadamardTvec(A, D, z);
    const AD = matrix(7, 5, A.data.map((v, k) => v * D.data[k]!));
    expectClose(h, naive(transpose(AD), matrix(7, 1, z)), 1e-13, 1);
    expect(norm2([3e200, 4e200]) / 5e200).toBeCloseTo(1, 15);
    expect(norm2([3e-200, 4e-200]) / 5e-200).toBeCloseTo(1, 15);
  });
  it('rejects shapes that do not fit', () => {
    expect(() => matmul(A, A)).toThrow(/do not fit/);
  });
});

describe('Cholesky and solves', () => {
  const G = addToDiagonal(gram(random(12, 6, 7)), 0.5);
  const { L } = cholesky(G);
  it('L Lᵀ = A, solves, inverse and its diagonal', () => {
    expectClose(matmulTransB(L, L).data, G.data, 1e-13, 1);
    const B = random(6, 3, 8);
    expectClose(matmul(G, choleskySolve(L, B)).data, B.data, 1e-12, 1);
    const inv = choleskyInverse(L);
    const I = matmul(G, inv);
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) expect(Math.abs(I.data[i * 6 + j]! - (i === j ? 1 : 0))).toBeLessThan(1e-12);
    expectClose(choleskyInverseDiagonal(L), Array.from({ length: 6 }, (_, i) => inv.data[i * 6 + i]!), 1e-13);
  });
  it('rejects a matrix that is not positive definite, naming it', () => {
    expect(() => cholesky(fromRows([[1, 2], [2, 1]]), 'Σ')).toThrow(/Σ is not positive definite/);
  });
});

describe('symmetric eigendecomposition', () => {
  it('A V = V diag(s), values ascending, V orthonormal', () => {
    const A = gram(random(9, 5, 9));
    const { values, vectors } = symmetricEigen(A);
    for (let k = 1; k < 5; k++) expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
    const AV = matmul(A, vectors);
    for (let i = 0; i < 5; i++) for (let k = 0; k < 5; k++) expect(Math.abs(AV.data[i * 5 + k]! - values[k]! * vectors.data[i * 5 + k]!)).toBeLessThan(1e-11);
    const VtV = matmulTransA(vectors, vectors);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) expect(Math.abs(VtV.data[i * 5 + j]! - (i === j ? 1 : 0))).toBeLessThan(1e-12);
  });
});
