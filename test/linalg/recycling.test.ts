import { describe, expect, it } from 'vitest';
import { allocateMatrixData, releaseRecycledMatrices, withRecycledMatrices } from '../../src/linalg/recycling.js';
import { matrix } from '../../src/linalg/index.js';

const N = 4096; // above the 2048-double threshold

describe('recycled matrix arrays', () => {
  it('are new and zero outside a recycling scope', () => {
    const a = allocateMatrixData(N);
    a.fill(7);
    expect(allocateMatrixData(N)).not.toBe(a);
    expect(allocateMatrixData(N).every((v) => v === 0)).toBe(true);
  });

  it('pass from one scope to the next, zero-filled (matrix) or as they were (take)', () => {
    const first = withRecycledMatrices(() => {
      const A = matrix(64, 64);
      A.data.fill(3);
      return A.data;
    });
    const second = withRecycledMatrices(() => matrix(64, 64).data);
    expect(second).toBe(first);
    expect(second.every((v) => v === 0)).toBe(true);
    second.fill(5);
    const third = withRecycledMatrices(() => allocateMatrixData(N, false));
    expect(third).toBe(first); // handed out without clearing: the caller overwrites it
  });

  it('never hand out one array twice in a scope, nor small arrays, nor arrays of scopes before the last', () => {
    const [a, b, small] = withRecycledMatrices(() => [allocateMatrixData(N), allocateMatrixData(N), allocateMatrixData(100)]);
    const [c, d, e, tiny] = withRecycledMatrices(() => [allocateMatrixData(N), allocateMatrixData(N), allocateMatrixData(N), allocateMatrixData(100)]);
    expect(new Set([c, d])).toEqual(new Set([a, b]));
    expect(e).not.toBe(a);
    expect(e).not.toBe(b);
    expect(tiny).not.toBe(small);
    withRecycledMatrices(() => allocateMatrixData(2 * N)); // keeps only its own array
    const later = withRecycledMatrices(() => allocateMatrixData(N));
    expect([a, b, e]).not.toContain(later);
  });

  it('run a nested scope inside the outer one, and release the arrays when f throws', () => {
    const [inner, outer] = withRecycledMatrices(() => {
      const i = withRecycledMatrices(() => allocateMatrixData(N));
      return [i, allocateMatrixData(N)];
    });
    expect(outer).not.toBe(inner); // the inner array was still the outer scope's
    let thrown: Float64Array | undefined;
    expect(() =>
      withRecycledMatrices(() => {
        thrown = allocateMatrixData(N);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect([inner, outer]).toContain(thrown);
    expect([inner, outer]).not.toContain(allocateMatrixData(N)); // no scope left open
    const [again, fresh] = withRecycledMatrices(() => [allocateMatrixData(N), allocateMatrixData(N)]);
    expect(again).toBe(thrown); // the throwing scope handed its array on
    expect([inner, outer]).not.toContain(fresh);
  });

  it('are dropped by releaseRecycledMatrices', () => {
    const kept = withRecycledMatrices(() => allocateMatrixData(N));
    releaseRecycledMatrices();
    expect(withRecycledMatrices(() => allocateMatrixData(N))).not.toBe(kept);
  });
});
