/**
 * Where command output goes: standard output, or a file written atomically.
 *
 * @module
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataError, InvalidArgumentError } from '../errors.js';
import { writeFileAtomic } from '../io/atomicWrite.js';

/**
 * Prints `content` (with a final newline) to standard output, or writes it to
 * `out` through a temporary file and a rename.
 *
 * @example
 * emit(JSON.stringify(result, null, 2), options.out);
 */
export function emit(content: string, out?: string): void {
  const text = content.endsWith('\n') ? content : content + '\n';
  if (out !== undefined) writeFileAtomic(out, text);
  else process.stdout.write(text);
}

/**
 * Prints each warning of a result on standard error as `rfci: warning: …`
 * (for outputs such as CSV that have no place for them).
 *
 * @example
 * warnOnStderr(result.warnings);
 */
export function warnOnStderr(warnings: readonly string[]): void {
  for (const w of warnings) process.stderr.write(`rfci: warning: ${w}\n`);
}

/**
 * Checks an output file before any work is done: its folder must exist, and
 * it must not be one of the command's input files (it would be replaced by
 * the output). `inputs` maps flag names to paths (or undefined); `flag` is the
 * output's own flag (`--out`, `--plot`), named in the error.
 *
 * @example
 * checkOutputPath(o.out, { '--data': o.data });
 * checkOutputPath(o.plot, { '--data': o.data, '--out': o.out }, '--plot');
 */
export function checkOutputPath(out: string | undefined, inputs: Record<string, string | undefined>, flag = '--out'): void {
  if (out === undefined) return;
  const target = resolve(out);
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new DataError(`${flag} ${out}: the folder ${folder} does not exist; create it or write elsewhere`);
  }
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new DataError(`${flag} ${out} is a folder; give a file name`);
  }
  for (const [input, path] of Object.entries(inputs)) {
    if (path !== undefined && resolve(path) === target) {
      throw new InvalidArgumentError(`${flag} ${out} is the ${input} input file and would be overwritten; write the output to another file`);
    }
  }
}
