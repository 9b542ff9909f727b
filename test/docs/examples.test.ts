import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = readdirSync(new URL('../../examples', import.meta.url)).filter((f) => f.endsWith('.ts'));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Runs an example as a user would (`npx tsx examples/X.ts`), at small size. */
function runExample(file: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `examples/${file}`], {
    cwd: root,
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
    expect(r.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(3);
  });
});
