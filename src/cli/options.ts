/**
 * Parsers for command-line option values: each names its flag in the error and
 * says what value is expected.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/**
 * A commander parser for a finite number.
 *
 * @example
 * program.option('--lambda <x>', 'ridge penalty', numberOption('--lambda'));
 */
export function numberOption(flag: string): (value: string) => number {
  return (value: string) => {
    const v = value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(v)) throw new InvalidArgumentError(`${flag} expects a number, got "${value}"`);
    return v;
  };
}

/**
 * A commander parser for an integer ≥ `min`.
 *
 * @example
 * program.option('--width <d>', 'width', integerOption('--width', 1));
 */
export function integerOption(flag: string, min: number): (value: string) => number {
  return (value: string) => {
    const v = value.trim() === '' ? NaN : Number(value);
    if (!Number.isInteger(v) || v < min) throw new InvalidArgumentError(`${flag} expects a whole number ≥ ${min}, got "${value}"`);
    return v;
  };
}

/**
 * A commander parser for a comma-separated list of non-empty names.
 *
 * @example
 * program.option('--columns <a,b,c>', 'predictors', listOption('--columns'));
 */
export function listOption(flag: string): (value: string) => string[] {
  return (value: string) => {
    const items = value.split(',').map((s) => s.trim());
    if (items.length === 0 || items.some((s) => s === '')) {
      throw new InvalidArgumentError(`${flag} expects a comma-separated list of names, got "${value}"`);
    }
    return items;
  };
}

/**
 * A commander parser for one of a fixed set of choices.
 *
 * @example
 * program.option('--format <f>', 'output format', choiceOption('--format', ['table', 'csv', 'json']));
 */
export function choiceOption<T extends string>(flag: string, choices: readonly T[]): (value: string) => T {
  return (value: string) => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`${flag} must be one of ${choices.join(', ')}, got "${value}"`);
    }
    return value as T;
  };
}

/**
 * A commander parser for a ridge penalty: a number ≥ 0, or `gcv` (choose λ by
 * generalized cross-validation).
 *
 * @example
 * program.option('--lambda <x|gcv>', 'ridge penalty', lambdaOption('--lambda'), 0.001);
 */
export function lambdaOption(flag: string): (value: string) => number | 'gcv' {
  const parseNumber = numberOption(flag);
  return (value: string) => {
    if (value.trim().toLowerCase() === 'gcv') return 'gcv';
    const v = parseNumber(value);
    if (v < 0) throw new InvalidArgumentError(`${flag} must be a finite number ≥ 0 or "gcv", got "${value}"`);
    return v;
  };
}
