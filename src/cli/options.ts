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
    if (items.some((s) => s === '')) {
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
 * program.option('--lambda <x>', 'ridge penalty', lambdaOption('--lambda'), 0.001);
 */
export function lambdaOption(flag: string): (value: string) => number | 'gcv' {
  return (value: string) => {
    if (value.trim().toLowerCase() === 'gcv') return 'gcv';
    const v = value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(v)) throw new InvalidArgumentError(`${flag} expects a number, got "${value}" (a finite number ≥ 0, or gcv)`);
    if (v < 0) throw new InvalidArgumentError(`${flag} must be a finite number ≥ 0 or "gcv", got "${value}"`);
    return v;
  };
}

/**
 * A commander parser for a grid of positive numbers: `a:b:k` is k points
 * log-spaced from a to b inclusive (k ≥ 2; `a:a:1` is the single point a), and
 * `x,y,z` is an explicit list.
 *
 * @example
 * program.option('--d-over-n <grid>', 'widths', gridOption('--d-over-n'));
 * gridOption('--d-over-n')('0.1:10:3'); // [0.1, 1, 10]
 */
export function gridOption(flag: string): (value: string) => number[] {
  return (value: string) => {
    const bad = (why: string) =>
      new InvalidArgumentError(`${flag} expects a:b:k (k log-spaced points from a to b) or a comma-separated list of positive numbers; ${why} in "${value}"`);
    const m = /^\s*([^:]+):([^:]+):([^:]+)\s*$/.exec(value);
    if (m) {
      const a = Number(m[1]), b = Number(m[2]), k = Number(m[3]);
      if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) throw bad('a and b must be positive numbers');
      if (!Number.isInteger(k) || k < 1 || (k === 1 && a !== b)) throw bad('k must be a whole number ≥ 2 (or 1 when a = b)');
      if (k === 1) return [a];
      const la = Math.log(a), step = (Math.log(b) - la) / (k - 1);
      return Array.from({ length: k }, (_, i) => (i === 0 ? a : i === k - 1 ? b : Math.exp(la + i * step)));
    }
    const items = value.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
    if (items.some((x) => !(x > 0) || !Number.isFinite(x))) throw bad('every value must be a positive number');
    return items;
  };
}
