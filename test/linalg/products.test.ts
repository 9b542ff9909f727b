import { describe, expect, it } from 'vitest';
import { gram, linalgThreads, matmul, matmulTransA, matmulTransB, matrix, outerGram, setLinalgThreads, transpose } from '../../src/index.js';
import { ODD_SHAPES, expectNormClose, randomMatrix, refProduct } from '../helpers/reference.js';

describe.each(ODD_SHAPES)('products of shape m=%i k=%i n=%i equal the triple loop', (m, k, n) => {
  const A = randomMatrix(m, k, m + 1), B = randomMatrix(k, n, n + 2);
  const At = transpose(A), Bt = transpose(B);
  it('AB, AᵀB, ABᵀ', () => {
    const C = refProduct(A, B);
    expectNormClose(matmul(A, B), C, 1e-14);
    expectNormClose(matmulTransA(At, B), C, 1e-14);
    expectNormClose(matmulTransB(A, Bt), C, 1e-14);
  });
  it('AᵀA and AAᵀ (symmetric rank-k update) are exact and symmetric', () => {
    const G = gram(A), O = outerGram(A);
    expectNormClose(G, refProduct(A, A, true, false), 1e-14);
    expectNormClose(O, refProduct(A, A, false, true), 1e-14);
    expectNormClose(G, transpose(G), 0);
    expectNormClose(O, transpose(O), 0);
  });
});

describe('products: edge cases and threads', () => {
  it('empty dimensions give zero or empty results', () => {
    expect(matmul(matrix(3, 0), matrix(0, 4)).data).toEqual(new Float64Array(12));
    expect(matmul(matrix(0, 3), matrix(3, 4)).rows).toBe(0);
    expect(gram(matrix(0, 3)).data).toEqual(new Float64Array(9));
  });
  it('results are bitwise the same with 1, 2 and 3 threads', () => {
    const A = randomMatrix(257, 131, 3), B = randomMatrix(131, 190, 4);
    const before = linalgThreads();
    const runs = [1, 2, 3].map((t) => {
      setLinalgThreads(t);
      return [matmul(A, B).data, gram(A).data, outerGram(A).data, matmulTransB(A, transpose(B)).data];
    });
    setLinalgThreads(before);
    for (const r of runs.slice(1)) for (let i = 0; i < r.length; i++) expect(r[i]).toEqual(runs[0]![i]);
  });
  it('rejects a non-positive thread count', () => {
    expect(() => setLinalgThreads(0)).toThrow(/positive integer/);
  });
});
