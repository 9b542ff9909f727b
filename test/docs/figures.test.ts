import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run figures (scripts/figures.mjs)', () => {
  it('regenerates every figure at --quick size; a job is skipped only when its command is not in this build', { timeout: 300_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'rfci-figures-'));
    const r = spawnSync(process.execPath, ['scripts/figures.mjs', '--quick', '--out', out], { cwd: root, encoding: 'utf8' });
    const skipped = [...r.stdout.matchAll(/^skip (\S+): rfci (\S+) is not available/gm)].map((m) => ({ job: m[1]!, command: m[2]! }));
    const { buildProgram } = await import('../../src/cli/index.js');
    const commands = (await buildProgram()).commands.map((c) => c.name());
    for (const s of skipped) expect(commands, `rfci ${s.command} exists, so ${s.job} must run`).not.toContain(s.command);
    const made = [...r.stdout.matchAll(/^(\S+): (\d+) file\(s\) in/gm)].map((m) => ({ job: m[1]!, files: Number(m[2]) }));
    for (const m of made) expect(m.files, `${m.job} produced no figure`).toBeGreaterThan(0);
    expect(made.length + skipped.length).toBe(2);
    // every figure the guides show is among those the script writes
    const written = readdirSync(out).filter((f) => f.endsWith('.svg'));
    const shown = ['coverage.md', 'predictions.md'].flatMap((g) => [...readFileSync(join(root, 'docs', g), 'utf8').matchAll(/\]\(figures\/([\w.-]+\.svg)\)/g)].map((m) => m[1]!));
    if (skipped.length === 0) for (const f of shown) expect(written, `figure ${f} shown in the guides`).toContain(f);
    expect(r.status, r.stderr).toBe(skipped.length > 0 ? 3 : 0);
  });
});
