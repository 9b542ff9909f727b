import { describe, expect, it } from 'vitest';
import { getActivation, mapPair, mapPairTransB, matrix } from '../../src/index.js';
import { ODD_SHAPES, randomMatrix, refProduct } from '../helpers/reference.js';

describe('mapPairTransB: features from the product in one pass', () => {
  const act = getActivation('tanh');
  it.each(ODD_SHAPES)('m=%i k=%i n=%i equals mapPair of the triple-loop product', (m, k, n) => {
    const X = randomMatrix(m, k, 3), W = randomMatrix(n, k, 4);
    const [F, G] = mapPairTransB(X, W, act.f, act.df);
    const [Fr, Gr] = mapPair(refProduct(X, W, false, true), act.f, act.df);
    expect(F.data).toEqual(Fr.data);
    expect(G.data).toEqual(Gr.data);
  });
  it('rejects shapes that do not fit', () => {
    expect(() => mapPairTransB(matrix(2, 3), matrix(2, 4), act.f, act.df)).toThrow(/do not fit/);
  });
});
