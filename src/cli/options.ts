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
 * K points log-spaced from A to B inclusive, `A·(B/A)^{k/(K−1)}` for
 * k = 0…K−1 (K = 1 needs A = B). The grid convention of every `A:B:K` flag.
 *
 * @example
 * logSpaced(1, 100, 3); // [1, 10, 100]
 */
export function logSpaced(from: number, to: number, count: number): number[] {
  if (count === 1) return [from];
  return Array.from({ length: count }, (_, k) => (k === count - 1 ? to : from * Math.pow(to / from, k / (count - 1))));
}

/**
 * A commander parser for a grid: `A:B:K` (K values log-spaced from A to B
 * inclusive, 0 < A ≤ B) or a comma-separated list of positive values. With
 * `integer`, values are rounded to whole numbers and repeats dropped (e.g.
 * gradient-step counts).
 *
 * @example
 * program.option('--times <A:B:K>', 'training times', gridOption('--times'));
 * gridOption('--steps', { integer: true })('1:1000:4'); // [1, 10, 100, 1000]
 */
export function gridOption(flag: string, options: { integer?: boolean } = {}): (value: string) => number[] {
  const usage = `${flag} expects A:B:K (K values log-spaced from A to B, 0 < A ≤ B, e.g. 0.1:100:30) or a list like 1,10,100`;
  return (value: string) => {
    const num = (s: string): number => (s.trim() === '' ? NaN : Number(s));
    let grid: number[];
    if (value.includes(':')) {
      const parts = value.split(':').map(num);
      const [a, b, k] = parts as [number, number, number];
      if (parts.length !== 3 || !(a > 0) || !(b >= a) || !Number.isFinite(b) || !Number.isInteger(k) || k < 1 || (k === 1 && a !== b)) {
        throw new InvalidArgumentError(`${usage}, got "${value}"`);
      }
      grid = logSpaced(a, b, k);
    } else {
      grid = value.split(',').map(num);
      if (grid.some((v) => !(v > 0 && Number.isFinite(v)))) throw new InvalidArgumentError(`${usage}, got "${value}"`);
    }
    if (!options.integer) return grid;
    const whole = [...new Set(grid.map((v) => Math.max(1, Math.round(v))))];
    return whole;
  };
}
