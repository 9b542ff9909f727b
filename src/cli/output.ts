/**
 * Where command output goes: standard output, or a file written atomically.
 *
 * @module
 */
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
