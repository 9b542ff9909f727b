/**
 * Writing output files atomically: a temporary file beside the target, then a
 * rename, so that an interrupted run never leaves a half-written file.
 *
 * @module
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../errors.js';

/**
 * Writes `content` to `path` through a temporary file (flushed to disk) and a
 * rename, so readers see the old file or the whole new one, never a part.
 *
 * @example
 * writeFileAtomic('result.json', JSON.stringify(result));
 */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, content);
      fsyncSync(fd); // the data reach the disk before the rename makes them visible
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw new DataError(`${path}: cannot write output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check that the folder exists and is writable`);
  }
}
