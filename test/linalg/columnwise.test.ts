import { describe, expect, it } from 'vitest';
import { addToRows, fromRows, hadamardColumnSums, scaleRows, selectRows, subtract, toRows } from '../../src/index.js';

describe('column-wise kernels', () => {
  const A = fromRows([[1, 2], [3, 4], [5, 6]]);
  const B = fromRows([[1, 0], [2, 1], [0, 3]]);
  it('hadamardColumnSums: Σ_i Π_m (A_m)_ij', () => {
    expect(Array.from(hadamardColumnSums(A))).toEqual([9, 12]);
    expect(Array.from(hadamardColumnSums(A, B))).toEqual([1 + 6, 4 + 18]);
    expect(Array.from(hadamardColumnSums(A, B, A))).toEqual([1 + 18, 16 + 108]);
    expect(() => hadamardColumnSums(A, fromRows([[1, 2]]))).toThrow(/differ/);
  });
  it('scaleRows, subtract, selectRows, addToRows', () => {
    expect(toRows(scaleRows(A, [2, 0, -1]))).toEqual([[2, 4], [0, 0], [-5, -6]]);
    expect(toRows(subtract(A, B))).toEqual([[0, 2], [1, 3], [5, 3]]);
    expect(toRows(selectRows(A, [2, 2, 0]))).toEqual([[5, 6], [5, 6], [1, 2]]);
    expect(() => selectRows(A, [3])).toThrow(/outside/);
    expect(toRows(addToRows(fromRows([[1, 1], [2, 2]]), [10, 20]))).toEqual([[11, 21], [12, 22]]);
  });
});
