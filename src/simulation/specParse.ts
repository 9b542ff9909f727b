/**
 * Parsing of the small `name:arg:arg` specifications used by the simulation
 * flags (`ar1:0.5`, `t:5`, `sparse:10`, `quad:0.5`, `0.25:4:12`). Every error
 * names the flag, the value and what is expected.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/** A parsed specification: its name and its arguments as text. */
export interface SpecParts {
  /** The part before the first colon, e.g. `ar1`. */
  readonly name: string;
  /** The parts after it, e.g. `['0.5']`. */
  readonly args: readonly string[];
}

/**
 * Splits `name:arg:…` and checks the name is one of `forms` (a map from name
 * to its number of arguments); `usage` is shown in errors.
 *
 * @example
 * splitSpec('--design', 'ar1:0.5', { identity: 0, ar1: 1, equi: 1 }, 'identity, ar1:RHO or equi:RHO');
 * // { name: 'ar1', args: ['0.5'] }
 */
export function splitSpec(flag: string, value: string, forms: Readonly<Record<string, number>>, usage: string): SpecParts {
  const [name = '', ...args] = value.trim().split(':');
  const arity = Object.hasOwn(forms, name) ? forms[name] : undefined;
  if (arity === undefined || args.length !== arity) {
    throw new InvalidArgumentError(`${flag} expects ${usage}, got "${value}"`);
  }
  return { name, args };
}

/**
 * Parses one numeric argument of a specification and checks `ok(v)`;
 * `requirement` says what is allowed (e.g. "-1 < RHO < 1").
 *
 * @example
 * specNumber('--design', 'ar1:2', '2', (r) => Math.abs(r) < 1, 'RHO with -1 < RHO < 1'); // throws
 */
export function specNumber(flag: string, value: string, arg: string, ok: (v: number) => boolean, requirement: string): number {
  const v = arg.trim() === '' ? NaN : Number(arg);
  if (!Number.isFinite(v) || !ok(v)) throw new InvalidArgumentError(`${flag} "${value}": needs ${requirement}, got "${arg}"`);
  return v;
}
