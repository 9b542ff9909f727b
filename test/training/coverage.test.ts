import { describe, expect, it } from 'vitest';
import { prepareStudy, runReplicate, studySettings } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

describe('coverage studies along training (rfci coverage --training)', () => {
  const base = { n: 80, p: 10, width: 30, lambda: 0, seed: 4 } as const;

  it('a long gradient flow gives the λ = 0 ridge replicate; a short one gives different, valid pivots', () => {
    const ridge = runReplicate(prepareStudy(studySettings({ ...base, training: 'ridge' })), 2);
    const long = runReplicate(prepareStudy(studySettings({ ...base, training: 'flow:1e9' })), 2);
    long.pivots.forEach((z, j) => expect(z).toBeCloseTo(ridge.pivots[j]!, 6));
    expect(long.df).toBeCloseTo(ridge.df, 6);
    const early = runReplicate(prepareStudy(studySettings({ ...base, training: 'gd:20:0.01' })), 2);
    expect(early.df).toBeLessThan(ridge.df / 2);
    expect(early.pivots.every(Number.isFinite)).toBe(true);
  });

  it('settings name the rule and refuse unknown covariance for flow and gd', () => {
    expect(studySettings({ ...base, training: 'gd:20:0.01' }).training).toBe('gd:20:0.01');
    expect(() => studySettings({ ...base, training: 'flow:2', covariance: 'unknown' })).toThrow(/--training flow:2 needs a known covariance/);
    expect(() => studySettings({ ...base, training: 'adam' })).toThrow(/^--training: cannot read training "adam"/);
  });

  it('rfci coverage --training flow:T runs and reports the rule', () => {
    const run = runCli(['coverage', '--n', '80', '--p', '10', '--d', '30', '--lambda', '0', '--training', 'flow:2', '--reps', '3', '--workers', '1']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/λ=0 flow:2;/);
    expect(run.stdout).toMatch(/^coverage\s+0\.\d+/m);
  });
});
