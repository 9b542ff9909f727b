#!/usr/bin/env node
/**
 * The `rfci` command. Each subcommand lives in its own file and registers
 * itself here. Errors print one line `rfci: error: …` on standard error and
 * exit non-zero; set `RFCI_DEBUG=1` to see a stack trace.
 *
 * @module
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { RfciError } from '../errors.js';

/**
 * Every subcommand, in the order of `rfci --help`, with the module that
 * registers it. A module is loaded only when its command is registered, so
 * `rfci bench` does not load (and hold in memory) the code of the others.
 */
const commandModules: Record<string, () => Promise<(program: Command) => void>> = {
  fit: async () => (await import('./fit.js')).registerFit,
  demo: async () => (await import('./demo.js')).registerDemo,
  coverage: async () => (await import('./coverage.js')).registerCoverage,
  merge: async () => (await import('./merge.js')).registerMerge,
  calibrate: async () => (await import('./calibrate.js')).registerCalibrate,
  predict: async () => (await import('./predict.js')).registerPredict,
  compare: async () => (await import('./compare.js')).registerCompare,
  bench: async () => (await import('./bench.js')).registerBench,
  path: async () => (await import('./path.js')).registerPath,
};

/** Exit code for bad input (flags, files, values). */
export const EXIT_USAGE = 2;
/** Exit code for an unexpected internal error. */
export const EXIT_INTERNAL = 70;

/**
 * Formats a commander error as `rfci: error: … (see HELP)`: one line naming
 * the problem and where the fix is documented; commander's own suggestion
 * (`(Did you mean …?)`) stays on its own line.
 *
 * @example
 * command.configureOutput({ outputError: withHelpHint('rfci fit --help') });
 */
export function withHelpHint(help: string): (str: string, write: (s: string) => void) => void {
  return (str, write) => {
    const [first = '', ...rest] = str.trim().split('\n');
    write(`rfci: ${[`${first} (see ${help})`, ...rest].join('\n')}\n`);
  };
}

/**
 * Builds the commander program with every subcommand registered, or only the
 * subcommand `only` when it names one (what {@link main} does when it is
 * about to run that command).
 *
 * @example
 * await (await buildProgram()).parseAsync(['node', 'rfci', 'demo']);
 */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command('rfci')
    .description('Confidence intervals for regression coefficients from random-features neural networks (Shen & Bellec, NeurIPS 2020)')
    .version('0.1.0')
    .showSuggestionAfterError(true)
    .configureOutput({ outputError: withHelpHint('rfci --help') })
    .exitOverride();
  const names = only !== undefined && Object.hasOwn(commandModules, only) ? [only] : Object.keys(commandModules);
  const registrations = await Promise.all(names.map((name) => commandModules[name]!()));
  for (const register of registrations) register(program);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ outputError: withHelpHint(`rfci ${cmd.name()} --help`) });
  return program;
}

/**
 * Runs the CLI on `argv` (as `process.argv`) and returns the exit code.
 *
 * @example
 * process.exitCode = await main(process.argv);
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await (await buildProgram(argv[2])).parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      // commander printed its one-line message; an RfciError thrown by an option parser arrives wrapped
      return EXIT_USAGE;
    }
    if (e instanceof RfciError) {
      process.stderr.write(`rfci: error: ${e.message}\n`);
      return EXIT_USAGE;
    }
    if (process.env.RFCI_DEBUG) process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    else process.stderr.write(`rfci: internal error: ${(e as Error).message ?? String(e)} (set RFCI_DEBUG=1 for details and please report it)\n`);
    return EXIT_INTERNAL;
  }
}

function isEntryPoint(): boolean {
  if (process.argv[1] === undefined) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A reader that closes the pipe early (`rfci … | head`) is not an error: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await main(process.argv);
}
