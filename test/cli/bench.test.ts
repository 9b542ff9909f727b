import { describe, expect, it } from 'vitest';
import { summarizeSeconds } from '../../src/cli/bench.js';
import { runCli } from '../helpers/cli.js';

function lastJson(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
}

describe('rfci bench', () => {
  it('fit mode prints the contract line last', () => {
    const r = runCli(['bench', '--mode', 'fit', '--n', '60', '--p', '10', '--d', '30', '--repeats', '3']);
    expect(r.status).toBe(0);
    const j = lastJson(r.stdout);
    expect(j).toMatchObject({ impl: 'rfci', mode: 'fit', n: 60, p: 10, d: 30, activation: 'relu' });
    const s = j['seconds'] as { min: number; median: number; max: number };
    expect(s.min).toBeLessThanOrEqual(s.median);
    expect(s.median).toBeLessThanOrEqual(s.max);
  });
  it('coverage mode runs whole replicates over the cores', () => {
    const r = runCli(['bench', '--mode', 'coverage', '--n', '80', '--p', '10', '--d', '40', '--reps', '4', '--activation', 'tanh']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/4 replicates over \d+ threads, coverage 0\.\d+/);
    expect(lastJson(r.stdout)).toMatchObject({ impl: 'rfci', mode: 'coverage', n: 80, activation: 'tanh' });
  });
  it('reports a bad flag in one line, without a stack trace', () => {
    const r = runCli(['bench', '--mode', 'fast']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--mode must be one of fit, coverage/);
  });
  it('summarizes times as min, upper median and max', () => {
    expect(summarizeSeconds([0.3, 0.1, 0.2, 0.4])).toEqual({ min: 0.1, median: 0.3, max: 0.4 });
  });
});
