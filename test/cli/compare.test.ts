import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const base = ['compare', '--activations', 'relu,tanh', '--n', '200', '--p-over-n', '0.5', '--d-over-n', '0.25:4:5', '--lambda', '0.001'];

describe('rfci compare', () => {
  it('prints the table with the best activation and the peaks, and writes the SVG', () => {
    const dir = tempDir();
    const svg = join(dir, 'cmp.svg');
    const run = runCli([...base, '--plot', svg]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/d\/n\s+d\s+relu\s+tanh\s+best/);
    expect(run.stdout.match(/^\s*(0\.25|0\.5|1|2|4)\s+\d+\s/gm)).toHaveLength(5);
    expect(run.stdout).toMatch(/Interpolation peak/);
    expect(run.stdout).toContain(`figure written to ${svg}`);
    const text = readFileSync(svg, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('>relu<');
  });
  it('rejects a --plot in a missing folder before simulating', () => {
    const run = runCli([...base, '--plot', '/nonexistent-rfci/x.svg', '--simulate', '50']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--plot .*does not exist/);
  });
  it('prints CSV and JSON', () => {
    const csv = runCli([...base, '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.trim().split('\n')).toHaveLength(11);
    const json = JSON.parse(runCli([...base, '--json']).stdout);
    expect(json).toMatchObject({ n: 200, p: 100, lambda: 0.001 });
    expect(json.points).toHaveLength(10);
    expect(json.best).toHaveLength(5);
    expect(json.peaks.map((pk: { activation: string }) => pk.activation)).toEqual(['relu', 'tanh']);
  });
  it('overlays simulated values with --simulate', () => {
    const run = runCli(['compare', '--activations', 'relu', '--n', '60', '--d-over-n', '0.5,2', '--simulate', '2', '--format', 'csv']);
    expect(run.status).toBe(0);
    const [header, ...rows] = run.stdout.trim().split('\n');
    expect(header).toMatch(/simulated_half_length,simulated_sqrt_n_std_error,simulated_mcse,simulated_coverage$/);
    expect(rows).toHaveLength(2);
  });
  it.each([
    ['a bad grid', ['--d-over-n', '1:0:3'], /--d-over-n expects a:b:k/],
    ['an unknown activation', ['--activations', 'relu,nope'], /unknown activation "nope"/],
    ['a bad format', ['--format', 'xml'], /--format must be one of table, csv, json/],
    ['a missing folder for --out', ['--out', '/nonexistent-rfci/t.txt'], /--out .*folder .* does not exist/],
  ])('rejects %s with one line and writes no figure', (_, extra, message) => {
    const dir = tempDir();
    const svg = join(dir, 'x.svg');
    const run = runCli([...base, ...extra, '--plot', svg, '--simulate', '2']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(svg)).toBe(false);
  });
});
