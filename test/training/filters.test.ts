import { describe, expect, it } from 'vitest';
import { checkStepSize, parseTraining, spectralFilter, trainingSpec, type TrainingRule } from '../../src/index.js';
import { loadFixture } from '../helpers/vectors.js';

interface FilterCase {
  rule: TrainingRule;
  lambda: number;
  s1: number;
  s2: number;
  value1: number;
  residualFactor1: number;
  divided: number;
}

const { cases } = loadFixture<{ cases: FilterCase[] }>('filter-divided-differences.json');

function relErr(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-20);
}

describe('spectral filters against 120-digit references (METHOD §4)', () => {
  it.each(['ridge', 'flow', 'gd'])('%s: g, 1 − s g(s) and Γ to near machine precision, close eigenvalues included', (kind) => {
    const mine = cases.filter((c) => c.rule.kind === kind);
    expect(mine.length).toBeGreaterThan(20);
    let worst = 0;
    for (const c of mine) {
      const f = spectralFilter(c.rule, c.lambda);
      // the reference is exact for the double inputs; a few hundred ulps for T up to 5000 steps
      const tol = c.rule.kind === 'gd' ? 1e-12 * Math.max(1, c.rule.steps / 200) : 1e-13;
      const errs = [relErr(f.value(c.s1), c.value1), relErr(f.divided(c.s1, c.s2), c.divided)];
      if (Math.abs(c.residualFactor1) > 1e-300) errs.push(Math.abs(f.residualFactor(c.s1) - c.residualFactor1) / Math.max(Math.abs(c.residualFactor1), 1e-30));
      for (const e of errs) {
        if (!(e <= tol)) throw new Error(`${trainingSpec(c.rule)} λ=${c.lambda} s=(${c.s1}, ${c.s2}): relative error ${e}`);
        worst = Math.max(worst, e);
      }
    }
    expect(worst).toBeLessThan(1e-11);
  });

  it('Γ is symmetric and equals the derivative on the diagonal', () => {
    const f = spectralFilter({ kind: 'flow', time: 3 }, 0.01);
    expect(f.divided(0.2, 0.7)).toBe(f.divided(0.7, 0.2));
    const h = 1e-6;
    expect(f.divided(0.4, 0.4)).toBeCloseTo((f.value(0.4 + h) - f.value(0.4 - h)) / (2 * h), 8);
  });
});

describe('training rules', () => {
  it('parses the spec strings and objects', () => {
    expect(parseTraining('ridge')).toEqual({ kind: 'ridge' });
    expect(parseTraining()).toEqual({ kind: 'ridge' });
    expect(parseTraining('flow:10')).toEqual({ kind: 'flow', time: 10 });
    expect(parseTraining('gd:100:0.25')).toEqual({ kind: 'gd', steps: 100, stepSize: 0.25 });
    expect(parseTraining({ kind: 'flow', time: 2 })).toEqual({ kind: 'flow', time: 2 });
    expect(trainingSpec(parseTraining('gd:100:0.25'))).toBe('gd:100:0.25');
  });

  it.each(['flow', 'flow:-1', 'flow:x', 'gd:10', 'gd:1.5:0.1', 'gd:10:0', 'adam:3', 'ridge:1'])('rejects "%s" with a message that shows the syntax', (spec) => {
    expect(() => parseTraining(spec)).toThrow(/flow:T .*gd:STEPS:ETA/);
  });

  it('prefixes errors with the flag when given and refuses an unknown rule object', () => {
    expect(() => parseTraining('flow:-1', '--training')).toThrow(/^--training: gradient-flow time must be a finite number ≥ 0, got -1/);
    expect(parseTraining('gd:3:0.5', '--training')).toEqual({ kind: 'gd', steps: 3, stepSize: 0.5 });
    const adam = { kind: 'adam' } as unknown as TrainingRule;
    expect(() => parseTraining(adam)).toThrow(/unknown training rule \{"kind":"adam"\}/);
    expect(() => spectralFilter(adam, 0)).toThrow(/unknown training rule/);
  });

  it('checks η(s_max + λ) < 2 and says which step sizes work', () => {
    expect(() => checkStepSize({ kind: 'gd', steps: 10, stepSize: 0.5 }, 0, 3.9)).not.toThrow();
    expect(() => checkStepSize({ kind: 'gd', steps: 10, stepSize: 0.5 }, 0.1, 3.9)).toThrow(/ETA < 2\/\(s_max\+λ\) = 0\.5000/);
  });
});
