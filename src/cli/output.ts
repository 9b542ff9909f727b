/**
 * Where command output goes: standard output, or a file written atomically.
 *
 * @module
 */
import { resolve } from 'node:path';
import { InvalidArgumentError } from '../errors.js';
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
 * Refuses an `--out` file that is one of the command's input files (it would
 * be replaced by the output). `inputs` maps flag names to paths (or undefined).
 *
 * @example
 * refuseOverwritingInputs(o.out, { '--data': o.data });
 */
export function refuseOverwritingInputs(out: string | undefined, inputs: Record<string, string | undefined>): void {
  if (out === undefined) return;
  const target = resolve(out);
  for (const [flag, path] of Object.entries(inputs)) {
    if (path !== undefined && resolve(path) === target) {
      throw new InvalidArgumentError(`--out ${out} is the ${flag} input file and would be overwritten; write the output to another file`);
    }
  }
}
