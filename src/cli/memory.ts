/**
 * The `--max-memory` option shared by every command that fits networks, and
 * the check it drives (see `estimateFitMemory`).
 *
 * @module
 */
import type { Command } from 'commander';
import { InvalidArgumentError, RfciError } from '../errors.js';
import { type FitShape, checkFitMemory, defaultMemoryLimit, formatBytes, parseByteSize } from '../estimator/memory.js';

/** The parsed `--max-memory` option (bytes), absent when not given. */
export interface MemoryCliOptions {
  maxMemory?: number;
}

/**
 * Adds `--max-memory <size>` to a command (default: half the machine's
 * memory).
 *
 * @example
 * addMemoryOption(program.command('fit'));
 */
export function addMemoryOption(command: Command): Command {
  return command.option(
    '--max-memory <size>',
    `refuse fits that need more memory than this, e.g. 8G or 512M (default: half the machine's memory, ${formatBytes(defaultMemoryLimit())})`,
    (value: string) => {
      try {
        return parseByteSize(value);
      } catch (e) {
        if (e instanceof RfciError) throw new InvalidArgumentError(`--max-memory: ${e.message}`);
        throw e;
      }
    },
  );
}

/**
 * Refuses, before allocating, a fit of this shape (times `concurrent` fits
 * running at once on worker threads) that needs more than `--max-memory` (or
 * the default limit).
 *
 * @example
 * guardMemory({ n, p, d }, options);
 */
export function guardMemory(shape: FitShape, options: MemoryCliOptions, concurrent = 1): void {
  checkFitMemory(shape, options.maxMemory ?? defaultMemoryLimit(), '--max-memory', concurrent);
}

/**
 * How a command fits the second layer, for the memory guard: `"filter"` for
 * gradient flow or descent (`--training flow:…`/`gd:…`), `"gcv"` for
 * `--lambda gcv`, else `"ridge"`.
 *
 * @example
 * fitMethod('gcv', 'ridge'); // "gcv"
 */
export function fitMethod(lambda: number | 'gcv', trainingKind: string): NonNullable<FitShape['method']> {
  if (trainingKind !== 'ridge') return 'filter';
  return lambda === 'gcv' ? 'gcv' : 'ridge';
}
