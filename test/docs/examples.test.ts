import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = readdirSync(new URL('../../examples', import.meta.url)).filter((f) => f.endsWith('.ts'));
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const tsxLoader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/**
 * Runs an example as a user would (`npx tsx examples/X.ts`), at small size, in a
 * fresh folder (examples may write files into the working directory).
 */
function runExample(file: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'examples', file)], {
    cwd: mkdtempSync(join(tmpdir(), 'rfci-example-')),
    encoding: 'utf8',
    env: { ...process.env, RFCI_EXAMPLE_SIZE: 'small' },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('examples/ (run against the built package through `import … from "rfci"`)', () => {
  it('there are at least four examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it('type-check against the published typings', () => {
    const r = spawnSync(process.execPath, [tsc, '-p', 'examples/tsconfig.json'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(examples)('%s runs at small size and prints its results', (file) => {
    const r = runExample(file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/NaN|undefined/);
    expect(r.stdout.trim()).not.toBe('');
  });
});
