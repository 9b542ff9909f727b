/**
 * No user string is ever evaluated as code, and no shell is involved: the
 * sources contain no eval, no Function constructor, no dynamic import of a
 * computed name (a fixed module name is fine), no child processes and no vm
 * module (issue 9).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /\beval\s*\(/],
  ['Function constructor', /\bnew\s+Function\b|\bFunction\s*\(/],
  ['dynamic import of a computed name', /\bimport\s*\((?!\s*['"][^'"]*['"]\s*\))/],
  ['child processes', /['"]node:child_process['"]|['"]child_process['"]/],
  ['vm module', /['"]node:vm['"]|['"]vm['"]/],
  ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
];

describe('source audit', () => {
  const files = sources(SRC);
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each(FORBIDDEN)('no %s anywhere in src/', (_what, pattern) => {
    const hits = files.filter((f) => pattern.test(readFileSync(f, 'utf8').replace(/^\s*(\*|\/\/).*$/gm, '')));
    expect(hits).toEqual([]);
  });
});
