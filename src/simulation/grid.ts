/**
 * Width grids of a sweep: `--d-over-n A:B:K` is K ratios d/n log-spaced from A
 * to B inclusive, `r_k = A·(B/A)^{k/(K−1)}` for k = 0…K−1 (K = 1 gives A alone),
 * each turned into a width `d = max(1, round(n·r_k))`; `--widths 100,300,600`
 * lists widths directly. Repeated widths (after rounding) are kept once.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/**
 * Parses `A:B:K` into K log-spaced ratios from A to B (0 < A ≤ B, K ≥ 1, and
 * A = B when K = 1).
 *
 * @example
 * parseRatioGrid('0.25:4:5'); // [0.25, 0.5, 1, 2, 4]
 */
export function parseRatioGrid(value: string, flag = '--d-over-n'): number[] {
  const parts = value.split(':').map((s) => (s.trim() === '' ? NaN : Number(s)));
  const usage = `${flag} expects FROM:TO:COUNT (COUNT ratios d/n log-spaced from FROM to TO, 0 < FROM ≤ TO, e.g. 0.25:4:12)`;
  if (parts.length !== 3 || parts.some((v) => !Number.isFinite(v))) throw new InvalidArgumentError(`${usage}, got "${value}"`);
  const [a, b, k] = parts as [number, number, number];
  if (!(a > 0) || !(b >= a) || !Number.isInteger(k) || k < 1 || (k === 1 && a !== b)) {
    throw new InvalidArgumentError(`${usage}, got "${value}"`);
  }
  if (k === 1) return [a];
  return Array.from({ length: k }, (_, i) => (i === k - 1 ? b : a * Math.pow(b / a, i / (k - 1))));
}

/**
 * Widths `max(1, round(n·r))` of a ratio grid, repeated widths dropped, in
 * increasing order.
 *
 * @example
 * widthsFromRatios(400, [0.25, 0.5, 1]); // [100, 200, 400]
 */
export function widthsFromRatios(n: number, ratios: readonly number[]): number[] {
  return uniqueSorted(ratios.map((r) => Math.max(1, Math.round(n * r))));
}

/**
 * Parses a comma-separated list of widths (whole numbers ≥ 1), repeated widths
 * dropped, in increasing order.
 *
 * @example
 * parseWidthList('600,100,300'); // [100, 300, 600]
 */
export function parseWidthList(value: string, flag = '--widths'): number[] {
  const items = value.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (items.some((v) => !Number.isInteger(v) || v < 1)) {
    throw new InvalidArgumentError(`${flag} expects a comma-separated list of whole numbers ≥ 1 (e.g. 100,300,600), got "${value}"`);
  }
  return uniqueSorted(items);
}

function uniqueSorted(v: readonly number[]): number[] {
  return [...new Set(v)].sort((a, b) => a - b);
}
