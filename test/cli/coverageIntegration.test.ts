import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateFitMemory } from '../../src/estimator/memory.js';
import { runCli, tempDir } from '../helpers/cli.js';

function ok(args: string[]): string {
  const run = runCli(args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

/** A refusal: exit 2, nothing on standard output, one `rfci: error:` line matching `message`. */
function refused(args: string[], message: RegExp): void {
  const run = runCli(args);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^rfci: error: /);
  expect(lines[0]).toMatch(message);
}

const SMALL = ['coverage', '--n', '60', '--p', '12', '--d', '30', '--reps', '3', '--workers', '1'];

describe('predicted length in coverage summaries (METHOD §5)', () => {
  it('equals 2 × the half-length of rfci predict with the same n, p, d, λ, σ² = sd², r² = ‖β‖² (t noise has variance sd²)', () => {
    const study = JSON.parse(ok(['coverage', '--n', '120', '--p', '30', '--d', '80', '--lambda', '0.01', '--noise', 't:5', '--noise-sd', '0.5', '--signal', '2', '--level', '0.9', '--reps', '2', '--workers', '1', '--json']));
    const pred = JSON.parse(ok(['predict', '--n', '120', '--p', '30', '--d', '80', '--lambda', '0.01', '--noise-variance', '0.25', '--signal', '4', '--level', '0.9', '--json']));
    expect(study.predictedLength).toBe(2 * pred.halfLength);
    expect(ok([...SMALL])).toMatch(/mean interval length\s+\S+\s+\(predicted \S+, METHOD §5\)/);
  });

  it('is within 4% of the simulated mean length (n=200, p=100, d=60, 30 replicates; the check can fail: 3 Monte Carlo se < 4%)', () => {
    const out = join(tempDir(), 'mc.jsonl');
    const s = JSON.parse(ok(['coverage', '--n', '200', '--p', '100', '--d', '60', '--reps', '30', '--seed', '5', '--workers', '2', '--out', out, '--json']));
    const perReplicate = readFileSync(out, 'utf8').trim().split('\n').slice(1).map((line) => {
      const lengths = (JSON.parse(line) as { lengths: number[] }).lengths;
      return lengths.reduce((a, b) => a + b, 0) / lengths.length;
    });
    const m = perReplicate.reduce((a, b) => a + b, 0) / perReplicate.length;
    const mcse = Math.sqrt(perReplicate.reduce((a, b) => a + (b - m) ** 2, 0) / (perReplicate.length - 1) / perReplicate.length);
    expect(m).toBeCloseTo(s.meanLength, 12);
    expect(3 * mcse).toBeLessThan(0.04 * s.predictedLength);
    expect(Math.abs(s.meanLength / s.predictedLength - 1)).toBeLessThan(0.04);
  });

  it.each([
    ['Σ not the identity', ['--design', 'ar1:0.3']],
    ['unknown Σ', ['--covariance', 'unknown']],
    ['noise depending on x', ['--noise', 'hetero']],
    ['a nonlinear model', ['--nonlinear', 'quad:0.5']],
    ['a non-Gaussian first layer', ['--weights-dist', 'rademacher']],
  ])('is omitted for %s', (_name, extra) => {
    const s = JSON.parse(ok([...SMALL, ...extra, '--json']));
    expect(s).not.toHaveProperty('predictedLength');
  });

  it('appears in sweeps (table, JSON, length figure) and in merged shards', () => {
    const dir = tempDir();
    const base = ['coverage', '--n', '60', '--p', '12', '--reps', '3', '--workers', '1'];
    const json = JSON.parse(ok([...base, '--widths', '20,40', '--json', '--plot', join(dir, 'fig')]));
    const lengths = json.studies.map((s: { predictedLength: number }) => s.predictedLength);
    for (const [k, d] of [20, 40].entries()) {
      const pred = JSON.parse(ok(['predict', '--n', '60', '--p', '12', '--d', String(d), '--json']));
      expect(lengths[k]).toBe(2 * pred.halfLength);
    }
    expect(readFileSync(join(dir, 'fig', 'length.svg'), 'utf8')).toContain('predicted (METHOD §5)');
    const table = ok([...base, '--widths', '20,40']).split('\n');
    expect(table.find((l) => /^\s*d\s+d\/n/.test(l))).toMatch(/mean length\s+predicted\s+df/);
    const files = [1, 2].map((k) => join(dir, `s${k}.jsonl`));
    const four = SMALL.map((a) => (a === '3' ? '4' : a));
    files.forEach((f, k) => ok([...four, '--shard', `${k + 1}/2`, '--out', f, '--json']));
    const merged = JSON.parse(ok(['merge', ...files, '--json']));
    expect(merged.predictedLength).toBe(JSON.parse(ok([...four, '--json'])).predictedLength);
    expect(ok(['merge', ...files])).toMatch(/\(predicted \S+, METHOD §5\)/);
  });

  it('with --lambda gcv: the prediction at the shortest-interval λ, and the mean chosen λ', () => {
    const s = JSON.parse(ok([...SMALL, '--lambda', 'gcv', '--json']));
    expect(s.settings.lambda).toBe('gcv');
    expect(s.meanLambda).toBeGreaterThan(0);
    expect(s.predictedLength).toBeGreaterThan(0);
    expect(ok([...SMALL, '--lambda', 'gcv'])).toMatch(/mean λ chosen by GCV\s+\S+/);
    expect(JSON.parse(ok([...SMALL, '--json'])).meanLambda).toBe(0.001);
    refused([...SMALL, '--lambda', 'gcv', '--training', 'flow:10'], /--lambda gcv chooses the ridge penalty of ridge training; --training flow:10 needs a number/);
  });

  it('is omitted for gradient-flow training (METHOD §5 predicts ridge)', () => {
    expect(JSON.parse(ok([...SMALL, '--training', 'flow:10', '--json']))).not.toHaveProperty('predictedLength');
  });
});

describe('--max-memory on the commands that fit networks', () => {
  it('rfci coverage refuses before writing --out', () => {
    const out = join(tempDir(), 'r.jsonl');
    refused([...SMALL, '--max-memory', '1K', '--out', out], /needs about .* more than --max-memory 1 KiB; use a smaller --width/);
    expect(existsSync(out)).toBe(false);
  });

  it('rfci coverage counts the concurrent workers', () => {
    // one fit of n=60, p=12, d=30 needs about 128 KiB: 2 workers need twice that
    refused([...SMALL.slice(0, -2), '--workers', '2', '--max-memory', '150K'], /2 concurrent fits × .* more than --max-memory 150 KiB/);
    ok([...SMALL.slice(0, -2), '--workers', '1', '--max-memory', '150K', '--json']);
  });

  it('rfci coverage --lambda gcv counts the eigendecomposition of the GCV search', () => {
    const shape = { n: 60, p: 12, d: 30 };
    const limit = Math.round((estimateFitMemory(shape).bytes + estimateFitMemory({ ...shape, method: 'gcv' }).bytes) / 2);
    ok([...SMALL, '--max-memory', String(limit), '--json']);
    refused([...SMALL, '--lambda', 'gcv', '--max-memory', String(limit)], /needs about .* more than --max-memory/);
  });

  it('a sweep checks every width before running the first', () => {
    const dir = tempDir();
    const out = join(dir, 'sw.jsonl');
    refused(['coverage', '--n', '60', '--p', '12', '--widths', '10,3000', '--reps', '3', '--workers', '1', '--max-memory', '2M', '--out', out], /d = 3000 needs about/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rfci compare --simulate refuses before simulating, with no output file; without --simulate nothing is fitted', () => {
    const dir = tempDir();
    const out = join(dir, 'c.csv');
    const args = ['compare', '--activations', 'relu', '--n', '60', '--d-over-n', '0.5,2', '--max-memory', '1K', '--out', out];
    refused([...args, '--simulate', '2'], /needs about .* more than --max-memory 1 KiB/);
    expect(existsSync(out)).toBe(false);
    expect(runCli(args).status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('rfci compare --simulate runs on the coverage engine', () => {
  it('gives the same numbers with 1 or 2 workers, and the coverage study of the same setting', () => {
    const args = ['compare', '--activations', 'tanh', '--n', '60', '--p-over-n', '0.2', '--d-over-n', '0.5', '--signal', '4', '--noise-variance', '0.25', '--simulate', '3', '--seed', '4', '--json'];
    const one = JSON.parse(ok([...args, '--workers', '1']));
    expect(JSON.parse(ok([...args, '--workers', '2']))).toEqual(one);
    const study = JSON.parse(ok(['coverage', '--activation', 'tanh', '--n', '60', '--p', '12', '--d', '30', '--signal', '2', '--noise-sd', '0.5', '--reps', '3', '--seed', '4', '--workers', '1', '--json']));
    const sim = one.points[0].simulated;
    expect(sim.meanHalfLength).toBe(study.meanLength / 2);
    expect([sim.coverage, sim.coverageMcse, sim.replicates]).toEqual([study.coverage, study.coverageStdError, 3]);
  });
});

describe('record files: --resume and merge refuse damaged or foreign files and leave them as they are', () => {
  const dir = tempDir();
  const good = join(dir, 'good.jsonl');
  ok([...SMALL, '--out', good, '--json']);
  const [header, ...records] = readFileSync(good, 'utf8').trim().split('\n');
  const other = join(dir, 'other.jsonl');
  ok([...SMALL.map((a) => (a === '30' ? '31' : a)), '--out', other, '--json']);

  it.each([
    ['a garbage line', [header, records[0], 'not json at all', records[1]], /line 3 is not valid JSON; the file is damaged/],
    ['a JSON line that is not a record', [header, records[0], '{"index":1,"pivots":[1,2]}'], /line 3 is not a replicate record of this study/],
    ['a record of another index range', [header, records[0]!.replace('"index":0', '"index":7')], /line 2 is not a replicate record of this study \(index in 0…2/],
    ['a header from another study', [readFileSync(other, 'utf8').split('\n')[0], ...records], /holds a different study \(width 31 vs 30\)/],
    ['no header at all', records, /line 1 is not an rfci coverage header/],
    ['a CSV file', ['a,b,c', '1,2,3'], /line 1 is not JSON; it is not an rfci coverage record file/],
  ])('%s', (_name, lines, message) => {
    const file = join(dir, `bad-${Math.random()}.jsonl`);
    writeFileSync(file, lines.join('\n') + '\n');
    const before = readFileSync(file);
    refused([...SMALL, '--out', file, '--resume'], message);
    expect(readFileSync(file).equals(before)).toBe(true);
    refused(['merge', good, file], message.source.includes('different study') ? /is from a different study than/ : message);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a sweep checks the record file of every width before running the first', () => {
    const sweepDir = tempDir();
    const out = join(sweepDir, 'sw.jsonl');
    const sweep = ['coverage', '--n', '60', '--p', '12', '--widths', '20,30', '--reps', '3', '--workers', '1', '--out', out];
    writeFileSync(join(sweepDir, 'sw-d30.jsonl'), 'garbage\n');
    refused(sweep, /sw-d30\.jsonl already exists; continue it with --resume/);
    expect(existsSync(join(sweepDir, 'sw-d20.jsonl'))).toBe(false);
    ok([...sweep.map((a) => (a === '20,30' ? '20' : a)), '--json']);
    const first = readFileSync(join(sweepDir, 'sw-d20.jsonl'));
    refused([...sweep, '--resume'], /sw-d30\.jsonl: line 1 is not JSON/);
    expect(readFileSync(join(sweepDir, 'sw-d20.jsonl')).equals(first)).toBe(true);
    expect(readFileSync(join(sweepDir, 'sw-d30.jsonl'), 'utf8')).toBe('garbage\n');
  });

  it('merge --out is not written when an input is refused', () => {
    const out = join(dir, 'merged.jsonl');
    refused(['merge', good, other, '--out', out], /other\.jsonl is from a different study than .*good\.jsonl \(width 30 vs 31\)/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('coverage with unknown Σ (METHOD §3)', () => {
  it('a sweep with n = p is refused before any width runs', () => {
    const dir = tempDir();
    refused(['coverage', '--n', '30', '--p', '30', '--widths', '10,20', '--covariance', 'unknown', '--out', join(dir, 'u.jsonl')], /unknown covariance needs n > p .*got n = 30, p = 30; use --covariance known or more rows/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a sweep with n > p runs and prints its table', () => {
    const table = ok(['coverage', '--n', '40', '--p', '10', '--widths', '10,20', '--covariance', 'unknown', '--reps', '3', '--workers', '1']);
    expect(table).toMatch(/Σ identity \(unknown\)/);
    expect(table.split('\n').filter((l) => /^\s*(10|20)\s+0\.(25|5)\s+\d/.test(l))).toHaveLength(2);
  });
});
