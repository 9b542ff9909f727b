import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { cliReference, rfciCliReference } from '../../src/cli/reference.js';

describe('CLI reference (docs/cli.md)', () => {
  it('the committed docs/cli.md equals a fresh generation from the commander definitions (run `npm run docs:cli` to update)', async () => {
    const committed = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    expect(committed).toBe(await rfciCliReference());
  });

  it('lists every command and every flag of the program', async () => {
    const { buildProgram } = await import('../../src/cli/index.js');
    const text = await rfciCliReference();
    for (const cmd of (await buildProgram()).commands) {
      expect(text).toContain(`## \`rfci ${cmd.name()}\``);
      for (const o of cmd.options) expect(text).toContain(`\`${o.flags.replace(/\|/g, '\\|')}\``);
    }
  });

  it('renders arguments, required flags, defaults, choices, nested commands and after-help text', () => {
    const program = new Command('tool').description('a tool');
    const sub = program.command('run').description('runs a | thing').argument('<input>', 'input file').argument('[more...]', 'more files');
    sub.requiredOption('--size <n>', 'size').option('--mode <m>', 'mode', 'fast').addHelpText('after', '\nOutput: a CSV file.');
    sub.command('deep').description('a nested command');
    const text = cliReference(program, { exitCodes: { 0: 'ok' } });
    expect(text).toContain('| `<input>` | input file |  |');
    expect(text).toContain('| `[more...]` | more files |  |');
    expect(text).toContain('| `--size <n>` | size **(required)** |  |');
    expect(text).toContain('| `--mode <m>` | mode | `"fast"` |');
    expect(text).toContain('runs a \\| thing');
    expect(text).toContain('```text\nOutput: a CSV file.\n```');
    expect(text).toContain('### `tool run deep`');
    expect(text).toContain('| 0 | ok |');
  });
});
