import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built CLI entry point (`npm test` builds first). */
export const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));

/** Result of one CLI run. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `rfci ARGS` in a child process. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: options.cwd, input: options.input ?? '' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rfci-test-'));
}

/** Writes rows as CSV (with an optional header) and returns the path. */
export function writeCsv(dir: string, name: string, rows: ReadonlyArray<ReadonlyArray<number | string>>, header?: readonly string[]): string {
  const lines = [...(header ? [header.join(',')] : []), ...rows.map((r) => r.map((v) => (typeof v === 'number' ? v.toPrecision(17) : v)).join(','))];
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
