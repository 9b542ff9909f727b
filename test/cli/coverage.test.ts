import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const STUDY = ['coverage', '--n', '120', '--p', '30', '--d', '80', '--reps', '12', '--seed', '3', '--design', 'ar1:0.3', '--noise', 't:5', '--beta', 'sparse:5'];

/** The summary without its timing fields, which are the only ones allowed to differ between runs. */
function statistics(stdout: string): Record<string, unknown> {
  const { seconds, repsPerSecond, replicateSeconds, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
  expect([seconds, repsPerSecond, replicateSeconds].every((v) => typeof v === 'number')).toBe(true);
  return rest;
}

function ok(args: string[]): string {
  const run = runCli(args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('rfci coverage', () => {
  const reference = statistics(ok([...STUDY, '--workers', '1', '--json']));

  it('prints the JSON contract', () => {
    for (const key of ['coverage', 'coverageStdError', 'coverageLower', 'coverageUpper', 'pivotMean', 'pivotSd', 'ksStatistic', 'ksPValue', 'meanLength', 'reps', 'intervals']) {
      expect(typeof reference[key]).toBe('number');
    }
    expect(reference).toMatchObject({ reps: 12, intervals: 360, level: 0.95, settings: { n: 120, p: 30, width: 80, design: 'ar1:0.3', noise: 't:5', beta: 'sparse:5', seed: 3 } });
    expect(reference.coverageLower as number).toBeLessThanOrEqual(reference.coverage as number);
  });

  it('gives the same summary with 2 workers', () => {
    expect(statistics(ok([...STUDY, '--workers', '2', '--json']))).toEqual(reference);
  });

  it('gives the same summary split into 3 shards and merged', () => {
    const dir = tempDir();
    const files = [1, 2, 3].map((k) => join(dir, `s${k}.jsonl`));
    files.forEach((f, k) => ok([...STUDY, '--workers', '1', '--shard', `${k + 1}/3`, '--out', f, '--json']));
    const merged = join(dir, 'all.jsonl');
    expect(statistics(ok(['merge', ...files, '--out', merged, '--json']))).toEqual(reference);
    expect(statistics(ok(['merge', merged, '--json']))).toEqual(reference);
    const missing = runCli(['merge', files[0]!, files[2]!]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('rfci: error: 4 of 12 replicates are missing (indices 1, 4, 7, 10); run or --resume the missing shards, or pass --allow-incomplete\n');
    expect(runCli(['merge', files[0]!, files[2]!, '--allow-incomplete', '--json']).status).toBe(0);
  });

  it('resumes an interrupted run (complete records plus a torn line) to the same summary', () => {
    const out = join(tempDir(), 'run.jsonl');
    ok([...STUDY, '--workers', '2', '--out', out, '--json']);
    const lines = readFileSync(out, 'utf8').split('\n');
    writeFileSync(out, lines.slice(0, 6).join('\n') + '\n' + lines[6]!.slice(0, 40)); // header + 5 records + a torn one
    const again = runCli([...STUDY, '--workers', '2', '--out', out, '--resume', '--json']);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('removed a torn last line');
    expect(again.stderr).toContain('5 replicates already done, 7 computed now');
    expect(statistics(again.stdout)).toEqual(reference);
    const refused = runCli([...STUDY.map((a) => (a === '80' ? '81' : a)), '--out', out, '--resume']);
    expect(refused.stderr).toMatch(/^rfci: error: --resume: .*run\.jsonl holds a different study \(width 80 vs 81\)/);
    expect(runCli([...STUDY, '--out', out]).stderr).toMatch(/already exists; continue it with --resume/);
  });

  it.each([
    [['--reps', '0'], /--reps expects a whole number ≥ 2, got "0"/],
    [['--n', '50', '--p', '60', '--covariance', 'unknown'], /unknown covariance needs n > p/],
    [['--design', 'ar1:2'], /--design "ar1:2": needs RHO with -1 < RHO < 1/],
    [['--noise', 't:0'], /--noise "t:0": needs degrees of freedom NU > 2/],
    [['--beta', 'sparse:0'], /--beta "sparse:0": needs a whole number of non-zeros K ≥ 1/],
    [['--shard', '4/3'], /--shard expects K\/N with whole numbers 1 ≤ K ≤ N/],
    [['--shard', '5/5', '--reps', '4'], /shard 5\/5 has no replicates with --reps 4/],
    [['--d-over-n', '0.25:4'], /--d-over-n expects FROM:TO:COUNT/],
    [['--widths', '100,abc'], /--widths expects a comma-separated list of whole numbers/],
    [['--resume'], /--resume needs --out/],
  ])('rejects bad arguments %# with one line', (extra, message) => {
    const args = extra.includes('--d-over-n') || extra.includes('--widths') ? ['coverage', ...extra] : ['coverage', '--d', '10', ...extra];
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('runs studies with unknown covariance (METHOD §3)', () => {
    const s = statistics(ok(['coverage', '--n', '80', '--p', '10', '--d', '40', '--design', 'ar1:0.5', '--covariance', 'unknown', '--reps', '4', '--workers', '1', '--json']));
    expect(s).toMatchObject({ reps: 4, intervals: 40, settings: { covariance: 'unknown', design: 'ar1:0.5' } });
    expect(Number.isFinite(s.pivotSd as number)).toBe(true);
  });

  it('sweeps widths into a table, JSON and SVG figures', () => {
    const dir = tempDir();
    const base = ['coverage', '--n', '60', '--p', '10', '--reps', '3', '--workers', '1'];
    const json = JSON.parse(ok([...base, '--d-over-n', '0.25:1:3', '--json', '--out', join(dir, 'sw.jsonl'), '--plot', join(dir, 'fig')]));
    expect(json.widths).toEqual([15, 30, 60]);
    expect(json.studies.map((s: { settings: { width: number } }) => s.settings.width)).toEqual([15, 30, 60]);
    expect(existsSync(join(dir, 'sw-d30.jsonl'))).toBe(true);
    for (const f of ['coverage.svg', 'length.svg', 'qq.svg']) {
      const svg = readFileSync(join(dir, 'fig', f), 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('d / n');
    }
    const table = ok([...base, '--widths', '20,10']);
    expect(table).toMatch(/Coverage sweep over width d/);
    expect(table).toMatch(/\n\s*d\s+d\/n\s+coverage\s+se/);
    expect(table.split('\n').filter((l) => /^\s*(10|20)\s/.test(l))).toHaveLength(2);
  });
});

describe('coverage at the nominal rate (METHOD §7, first row)', () => {
  it('n=400, p=200, d=300, relu, λ=1e-3, Σ=I: coverage in [0.93, 0.97], pivot sd in [0.94, 1.08]', () => {
    const s = statistics(ok(['coverage', '--n', '400', '--p', '200', '--d', '300', '--lambda', '0.001', '--reps', '40', '--seed', '7', '--workers', '2', '--json']));
    // the Monte Carlo error must be small enough for the window to mean something: 0.02 is > 4 se
    expect(s.coverageStdError as number).toBeLessThan(0.005);
    expect(s.coverage as number).toBeGreaterThanOrEqual(0.93);
    expect(s.coverage as number).toBeLessThanOrEqual(0.97);
    expect(s.pivotSd as number).toBeGreaterThanOrEqual(0.94);
    expect(s.pivotSd as number).toBeLessThanOrEqual(1.08);
    expect(Math.abs(s.pivotMean as number)).toBeLessThan(0.1);
  });
});
