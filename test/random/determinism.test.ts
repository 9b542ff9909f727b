/**
 * The random streams are pinned: these exact values are what seed 1 gives on
 * every run, machine and version of rfci (docs/determinism.md). A change here
 * changes every result drawn with a seed, so it must be deliberate.
 */
import { describe, expect, it } from 'vitest';
import { createGenerator, drawFirstLayer } from '../../src/index.js';

describe('pinned random streams', () => {
  it('createGenerator(1, "first-layer") starts with these uniforms and normals', () => {
    const g = createGenerator(1, 'first-layer');
    expect([g.uniform(), g.normal(), g.normal(), g.normal()]).toEqual([
      0.008214850185872757, -0.3077101859012741, 1.5077750287940104, -0.02887123131237224,
    ]);
  });

  it('the default first layer of seed 1 (d = p = 2) is these four numbers: N(0, 1/p) entries, row by row', () => {
    expect(Array.from(drawFirstLayer({ width: 2, inputDimension: 2, seed: 1 }).data)).toEqual([
      -0.7557497698615909, 2.0568553788900976, -0.9652016431677021, -0.5780048710743392,
    ]);
  });

  it('a stream depends on its labels only, not on what was drawn before in other streams', () => {
    const a = createGenerator(5, 'replicate', 7).normal();
    const other = createGenerator(5, 'replicate', 6);
    for (let i = 0; i < 100; i++) other.normal();
    expect(createGenerator(5, 'replicate', 7).normal()).toBe(a);
    expect(createGenerator(5, 'replicate', '7').normal()).toBe(a); // labels are joined as strings
  });
});
